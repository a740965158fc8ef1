#pragma once

#include "core/conversation.h"

#include <functional>
#include <QFrame>

class QLabel;

namespace warmline::ui {

// At the top of a conversation the bot handed over: why, what it understood, the facts it already
// has and what it already tried, so the agent can pick up without asking the customer to repeat.
class HandoffBanner final : public QFrame
{
    Q_OBJECT
public:
    // intentTitle turns an intent key into its title in the interface language.
    explicit HandoffBanner(std::function<QString(const QString &)> intentTitle, QWidget *parent = nullptr);

    void showHandoff(const std::optional<core::Handoff> &handoff);
    QString text() const;

private:
    std::function<QString(const QString &)> m_intentTitle;
    QLabel *m_label = nullptr;
};

} // namespace warmline::ui
