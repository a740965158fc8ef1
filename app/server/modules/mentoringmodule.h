#pragma once

#include "server/mentoringservice.h"
#include "server/modules/module.h"
#include "server/outcomemetrics.h"
#include "server/supervisionservice.h"

namespace warmline::server {

// Mentor sessions: start and end them, whisper, and what a staff member's mentoring looks like now.
// Mentors act on agents of the teams they look after; the rules are MentoringService's.
class MentoringModule final : public Module
{
public:
    MentoringModule(MentoringService &mentoring, SupervisionService &supervision, OutcomeMetrics &metrics);

    QString name() const override { return QStringLiteral("mentoring"); }
    void registerRoutes(Router &router) override;

private:
    std::optional<Refusal> outOfScope(RequestContext &context, qint64 menteeId);
    std::optional<Refusal> conversationOutOfScope(RequestContext &context, qint64 conversationId);
    Result<protocol::MentorProgressReply> progress(RequestContext &context, qint64 menteeId);

    MentoringService &m_mentoring;
    SupervisionService &m_supervision;
    OutcomeMetrics &m_metrics;
};

} // namespace warmline::server
