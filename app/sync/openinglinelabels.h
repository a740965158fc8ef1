#pragma once

#include "sync/openinglinecontroller.h"

#include <QString>

namespace warmline::sync {

// Words for opening lines and contests shared by the editor, the contests panel and their models.
QString channelKindLabel(const QString &channelKind); // "Chat", "Phone"
// Which customers a line greets: those who write in its language ("zh_CN", "en").
QString lineLanguageLabel(const QString &language);
QString contestStateLabel(const QString &state);
// "Used 5 times · warm reply 4 of 5 · …", percentages only from enough decided uses.
QString outcomeText(const OpeningLineController::Outcomes &outcomes);
inline constexpr int outcomePercentFrom = 20;

} // namespace warmline::sync
