#pragma once

#include <QString>

namespace warmline::sync {

// People-facing names for the stable keys of core/vocabulary.h, in the interface language.
// Unknown keys (from a newer server) are shown as they are rather than hidden.
QString complaintCategoryLabel(const QString &key);
QString resolutionLabel(const QString &key);
QString praiseAspectLabel(const QString &key);
QString orderStatusLabel(const QString &key);
QString customerTagLabel(const QString &key);
QString tierLabel(const QString &key);
// Reply-template slots (assist::KnowledgeBase::knownSlots()).
QString slotLabel(const QString &key);
// Why the bot handed a conversation over (core::Handoff::reason).
QString handoffReasonLabel(const QString &key);

} // namespace warmline::sync
