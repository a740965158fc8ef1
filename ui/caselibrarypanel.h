#pragma once

#include "protocol/casemessages.h"

#include <QDialog>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace warmline::sync {
class CaseLibrary;
}

namespace warmline::ui {

// A case as people read it: title, who served and who wrote it up, the story, what was
// non-standard, the outcome, the lessons, and the masked transcript.
QString caseHtml(const protocol::CaseInfo &serviceCase);
// A transcript as it travels with a case (masked), for the case and the promote dialog's preview.
QString transcriptHtml(const QList<protocol::CaseMessageInfo> &transcript);

// The case library tab (反效率案例库), on every desk: search in Chinese or English, filter by tag,
// read a case with its transcript. Trainers, supervisors and administrators also promote a
// finished or bookmarked conversation from here.
class CaseLibraryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseLibraryPanel(sync::CaseLibrary &library, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CaseLibraryPanel)

    void openCase(qint64 caseId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void search();
    void refreshTags();
    void refreshCount();
    void caseChosen();

    sync::CaseLibrary &m_library;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tags = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_list = nullptr;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_promote = nullptr;
    QTimer m_typing;
    qint64 m_shown = 0;
};

// One case in a window of its own: the reply assistant's "Related case" opens it beside the desk.
class CaseDialog final : public QDialog
{
    Q_OBJECT
public:
    CaseDialog(sync::CaseLibrary &library, qint64 caseId, QWidget *parent = nullptr);

private:
    QTextBrowser *m_view = nullptr;
};

// Promote a conversation to a case: which conversation (given, or chosen among the candidates),
// title, story, what was non-standard, outcome, lessons and tags, with the transcript as the case
// will carry it — the customer's personal data already masked by the server.
class PromoteCaseDialog final : public QDialog
{
    Q_OBJECT
public:
    // conversationId 0: choose among the conversations that may become cases.
    PromoteCaseDialog(sync::CaseLibrary &library, qint64 conversationId, QWidget *parent = nullptr);

    protocol::CasePromoteRequest draft() const;
    // Tags as typed ("快递 延误, late delivery" → three), each as the server keeps it.
    static QStringList tagsFrom(const QString &text);

private:
    void choose(qint64 conversationId);
    void refreshActions();
    void submit();

    sync::CaseLibrary &m_library;
    qint64 m_conversationId = 0;
    bool m_previewed = false;
    bool m_sending = false;
    QComboBox *m_candidates = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_story = nullptr;
    QPlainTextEdit *m_nonStandard = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QPlainTextEdit *m_lessons = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace warmline::ui
