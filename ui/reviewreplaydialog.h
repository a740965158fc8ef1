#pragma once

#include "protocol/mentoringmessages.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QListWidget;
class QPushButton;
class QSlider;

namespace warmline::ui {

// Review mode: a finished (or running) conversation replayed on its timeline — the messages, the
// suggestions the agent saw and what they did with them, the compensation steps, replies held for
// approval and whispers — one step at a time, to talk it through after the fact. Left and Right
// step, Space plays and pauses, Home and End jump.
class ReviewReplayDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewReplayDialog(const protocol::ReplayReply &replay, QWidget *parent = nullptr);

    int position() const;
    // Shows the steps up to `step` (0-based), the rest not yet.
    void showUpTo(int step);

    static QString describe(const protocol::ReplayStepInfo &step);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void togglePlaying();

    QList<protocol::ReplayStepInfo> m_steps;
    QListWidget *m_list = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_clock = nullptr;
    QPushButton *m_play = nullptr;
    QTimer m_player;
};

} // namespace warmline::ui
