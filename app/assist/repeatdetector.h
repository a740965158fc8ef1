#pragma once

#include <QMap>
#include <QString>

namespace warmline::assist {

// "Asked to repeat" (docs/metrics.md): an agent's message, written after a hand-off or transfer,
// that asks the customer for a fact the hand-off already carried. `carried` maps fact slots
// (core::Handoff::facts: order_number, product, merchant, order_date, delivery_date, order_amount,
// order_status) to the values the agent was given. Returns the first slot the message asks for
// again, or an empty string.
//
// A message asks for a slot when it names the slot (a cue word of that slot, Chinese or English)
// and reads as a question or a request (a question cue) and does not already quote the carried
// value — "您的订单号是 W123 对吗？" confirms what the agent knows, which is what a hand-off is for.
QString askedToRepeat(const QString &agentMessage, const QMap<QString, QString> &carried);

// The cue words of one slot (for the documentation test); empty for a slot it does not know.
QStringList repeatCues(const QString &slot);

// Words a customer uses to praise the service, in both reply languages: the opening-line
// feature's rule (docs/opening-lines.md, "praised"), kept here so that the metrics and the opening
// lines decide praise the same way.
bool soundsLikePraise(const QString &text);

} // namespace warmline::assist
