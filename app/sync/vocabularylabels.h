#pragma once

#include "core/channel.h"

#include <QDate>
#include <QLocale>

#include <QString>

namespace warmline::sync {

// People-facing names for the stable keys of core/vocabulary.h, in the interface language.
// Unknown keys (from a newer server) are shown as they are rather than hidden.
QString complaintCategoryLabel(const QString &key);
QString resolutionLabel(const QString &key);
QString praiseAspectLabel(const QString &key);
QString orderStatusLabel(const QString &key);
// Dates as people read them in the interface language — 2026年7月9日, 9 Jul 2026 — never the
// ambiguous 7/9/26 of a short format.
QString dateLabel(const QDate &date, const QLocale &locale = QLocale());
QString dateLabel(qint64 msSinceEpoch, const QLocale &locale = QLocale());
QString dateTimeLabel(qint64 msSinceEpoch, const QLocale &locale = QLocale());
QString customerTagLabel(const QString &key);
QString tierLabel(const QString &key);
// The channel's name in the interface language ("Web chat", "WeChat", …).
QString channelLabel(core::Channel channel);
// Reply-template slots (assist::KnowledgeBase::knownSlots()).
QString slotLabel(const QString &key);
// "45 s", "3 min", "2 h 5 min": how long someone has been waiting, short enough for a list row.
QString shortDuration(qint64 milliseconds);
// Why the bot handed a conversation over (core::Handoff::reason).
QString handoffReasonLabel(const QString &key);

} // namespace warmline::sync
