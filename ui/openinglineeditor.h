#pragma once

#include "core/openingline.h"
#include "protocol/error.h"
#include "sync/openinglinecontroller.h"

#include <QDialog>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

class QCompleter;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace warmline::sync {
class OpeningLineListModel;
class OpeningVersionListModel;
} // namespace warmline::sync

namespace warmline::ui {

// What to tell the agent about a refused opening-line, library or contest request, with what to
// do next.
QString openingErrorText(const protocol::Error &error);

// Colours an opening-line template from core::parseOpeningLine's tokens: variables, fallbacks,
// optional parts (with a background), escapes; errors get a red wavy underline, warnings an amber one.
class TemplateHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit TemplateHighlighter(QTextDocument *document);
    const core::ParsedTemplate &parsed() const { return m_parsed; }

protected:
    void highlightBlock(const QString &text) override;

private:
    core::ParsedTemplate m_parsed;
};

// The template editor: highlighting, and completion of variable names after "{" (with each
// variable's translated description in the list).
class TemplateEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TemplateEdit(QWidget *parent = nullptr);
    QCompleter *completer() const { return m_completer; }
    TemplateHighlighter *highlighter() const { return m_highlighter; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The variable name being typed after an open "{", and where it starts; nullopt when none.
    std::optional<std::pair<int, QString>> nameBeforeCursor() const;
    void updateCompletion();
    void insertCompletion(const QString &name);

    QCompleter *m_completer = nullptr;
    TemplateHighlighter *m_highlighter = nullptr;
};

// The agent's opening lines: a list per channel kind, the editor with checks under it, a live
// preview for the customer on screen and three sample customers (no orders, VIP, at the next
// Mid-Autumn Festival), outcome numbers with their sample sizes, version history with restore,
// activation per channel kind, and import from the team library.
class OpeningLineEditor final : public QDialog
{
    Q_OBJECT
public:
    explicit OpeningLineEditor(sync::OpeningLineController &controller, QWidget *parent = nullptr);

    // Sample customers for the preview, at `now` (the festival sample moves to the next 中秋).
    static QList<std::pair<QString, core::OpeningContext>> sampleCustomers(const QDateTime &now,
                                                                           const QString &agentName);
    void selectLine(qint64 lineId);
    qint64 selectedLineId() const { return m_lineId; }
    QString previewText() const;
    void refreshPreview();

private:
    void rebuildList();
    void showLine(qint64 lineId);
    void startNew(const QString &channelKind);
    bool confirmLeave();
    void save();
    void toggleActive();
    void removeLine();
    void restoreVersion();
    void importFromLibrary();
    void onSourceChanged();
    void setStatus(const QString &text, bool problem = false);
    bool isModified() const;

    sync::OpeningLineController &m_controller;
    qint64 m_lineId = 0; // 0: a new line not saved yet
    QString m_channelKind = QStringLiteral("chat");
    QString m_savedSource;
    QString m_savedTitle;
    QString m_previewPlain;

    sync::OpeningLineListModel *m_lineModel = nullptr;
    sync::OpeningVersionListModel *m_versionModel = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_kind = nullptr;
    TemplateEdit *m_source = nullptr;
    QLabel *m_diagnostics = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_outcomes = nullptr;
    QListView *m_versions = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace warmline::ui
