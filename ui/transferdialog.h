#pragma once

#include "sync/agentworkspace.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListView;
class QPlainTextEdit;

namespace warmline::sync {
class TransferTargetModel;
}

namespace warmline::ui {

// Passing the open conversation on: to a colleague (available ones first, with how much they
// have) or to a queue, with the short "why you got this" note the receiver reads first. The
// customer keeps the whole conversation; nothing has to be asked again.
class TransferDialog final : public QDialog
{
    Q_OBJECT
public:
    TransferDialog(sync::AgentWorkspace &workspace, const QString &customerName, QWidget *parent = nullptr);

    qint64 toAgentId() const;
    QString toQueue() const;
    QString note() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTargets(const sync::TransferTargets &targets);
    void refreshButtons();

    QLabel *m_status = nullptr;
    sync::TransferTargetModel *m_model = nullptr;
    QListView *m_targets = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_counter = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace warmline::ui
