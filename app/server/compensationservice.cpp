#include "server/compensationservice.h"

#include "core/permission.h"
#include "core/vocabulary.h"
#include "protocol/compensationjson.h"
#include "protocol/limits.h"
#include "protocol/profilejson.h"

#include <QDateTime>

namespace warmline::server {

using core::AuthorityCheck;
using core::CompensationKind;
using core::CompensationStatus;
using core::Money;
using protocol::conversationNotFound;
using protocol::Error;
using protocol::ErrorCode;
using protocol::internalError;

namespace {

QString actorOf(const storage::AgentRecord &agent)
{
    return QStringLiteral("agent:%1").arg(agent.id);
}

QString fen(Money amount)
{
    return QStringLiteral("%1 fen").arg(amount.minor());
}

QJsonObject authorityDetails(AuthorityCheck check, Money cost, const core::AuthorityStatus &authority)
{
    QJsonObject details = protocol::authorityToJson(authority);
    details.insert(QStringLiteral("check"), core::authorityCheckName(check));
    details.insert(QStringLiteral("cost"), cost.minor());
    return details;
}

Error overAuthority(AuthorityCheck check, Money cost, const core::AuthorityStatus &authority,
                    const QString &field, const QString &whatNext)
{
    const QString message = check == AuthorityCheck::OverCaseLimit
                                ? QStringLiteral("%1 is above the per-case limit of %2; %3")
                                      .arg(fen(cost), fen(authority.perCaseLimit), whatNext)
                                : QStringLiteral("%1 is above what is left of today's budget (%2); %3")
                                      .arg(fen(cost), fen(authority.authority().remainingToday()), whatNext);
    return Error{ErrorCode::OverAuthority, message, field, authorityDetails(check, cost, authority)};
}

} // namespace

CompensationService::CompensationService(QSqlDatabase db, storage::AccountStore &accounts,
                                         storage::ProfileStore &profiles,
                                         storage::ConversationStore &conversations, qint64 switchWindowMs)
    : m_accounts(accounts)
    , m_profiles(profiles)
    , m_conversations(conversations)
    , m_store(db)
    , m_mentoring(db)
    , m_audit(db)
    , m_switchWindowMs(switchWindowMs)
{
}

QString CompensationService::budgetDay(qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs).date().toString(Qt::ISODate);
}

core::AuthorityStatus CompensationService::authorityOf(const storage::AgentRecord &agent, qint64 nowMs)
{
    core::AuthorityStatus status = m_store.authority(agent.id, agent.role, budgetDay(nowMs), nowMs);
    // A mentor may only lower it, and only while the session is open: it lapses with the session.
    const auto session = m_mentoring.openSessionOf(agent.id);
    if (!session)
        return status;
    Money limit = status.perCaseLimit;
    if (session->compensationLimit)
        limit = std::min(limit, Money::fromMinor(*session->compensationLimit));
    if (session->approveCompensation)
        limit = Money();
    if (limit != status.perCaseLimit) {
        status.perCaseLimit = limit;
        status.mentored = true;
    }
    return status;
}

std::optional<protocol::Error>
CompensationService::announceAuthority(UnitOfWork &work, const storage::AgentRecord &agent, qint64 nowMs)
{
    if (!work.append(protocol::AuthorityUpdatedEvent{authorityOf(agent, nowMs)},
                     core::Audience::team(agent.teamId), 0, 0, nowMs))
        return internalError(QStringLiteral("log the authority"));
    return std::nullopt;
}

CompensationService::Checked CompensationService::checkCase(const storage::AgentRecord &agent,
                                                            qint64 complaintId, qint64 conversationId,
                                                            bool change)
{
    Checked checked;
    const auto complaint = m_store.complaint(complaintId);
    if (!complaint) {
        checked.error = Error{ErrorCode::NotFound,
                              QStringLiteral("complaint %1 does not exist").arg(complaintId),
                              QStringLiteral("payload.complaintId"),
                              {}};
        return checked;
    }
    checked.complaint = *complaint;
    // What the request acts on comes from stored data: a complaint raised in someone else's
    // conversation is theirs to settle even when the request names no conversation.
    if (change && !conversationId && complaint->conversationId) {
        const auto raisedIn = m_conversations.summary(complaint->conversationId);
        if (raisedIn && raisedIn->assignedAgentId && raisedIn->assignedAgentId != agent.id &&
            raisedIn->status != core::ConversationStatus::Resolved &&
            !core::allows(agent.role, core::Permission::ActForOtherAgents)) {
            checked.error = Error{
                ErrorCode::Forbidden,
                QStringLiteral("complaint %1 belongs to %2's conversation %3; only they or a supervisor can "
                               "compensate it")
                    .arg(complaintId)
                    .arg(raisedIn->assignedAgentName)
                    .arg(complaint->conversationId),
                QStringLiteral("payload.complaintId"),
                {}};
            return checked;
        }
    }
    if (conversationId) {
        const auto conversation = m_conversations.summary(conversationId);
        if (!conversation || conversation->customerId != complaint->customerId) {
            checked.error = Error{ErrorCode::NotFound,
                                  QStringLiteral("conversation %1 is not a conversation of this complaint's "
                                                 "customer")
                                      .arg(conversationId),
                                  QStringLiteral("payload.conversationId"),
                                  {}};
            return checked;
        }
        if (conversation->assignedAgentId && conversation->assignedAgentId != agent.id &&
            !core::allows(agent.role, core::Permission::ActForOtherAgents)) {
            checked.error = Error{
                ErrorCode::Forbidden,
                QStringLiteral("conversation %1 is %2's; only they or a supervisor can compensate in it")
                    .arg(conversationId)
                    .arg(conversation->assignedAgentName),
                QStringLiteral("payload.conversationId"),
                {}};
        }
    }
    return checked;
}

std::optional<Error> CompensationService::checkRemedies(const storage::ComplaintContext &complaint,
                                                        QList<core::Remedy> &remedies, const QString &field)
{
    for (qsizetype i = 0; i < remedies.size(); ++i) {
        core::Remedy &remedy = remedies[i];
        const core::AmountBounds bounds = core::remedyBounds(remedy.kind, complaint.orderAmount);
        if (!bounds.contains(remedy.cost)) {
            const QString path = QStringLiteral("%1[%2].amount").arg(field).arg(i);
            return Error{ErrorCode::InvalidField,
                         bounds.isEmpty()
                             ? QStringLiteral("%1: %2 is not possible for an order of %3")
                                   .arg(path, core::remedyKey(remedy.kind), fen(complaint.orderAmount))
                             : QStringLiteral("%1 is %2; a %3 for this order must be between %4 and %5")
                                   .arg(path, fen(remedy.cost), core::remedyKey(remedy.kind),
                                        fen(bounds.minimum), fen(bounds.maximum)),
                         path,
                         {{QStringLiteral("minimum"), bounds.minimum.minor()},
                          {QStringLiteral("maximum"), bounds.maximum.minor()}}};
        }
        remedy = core::remedyWithCost(remedy.kind, remedy.cost, complaint.orderAmount);
    }
    return std::nullopt;
}

std::optional<Error> CompensationService::checkOrderRoom(const storage::ComplaintContext &complaint,
                                                         const QList<core::Remedy> &remedies,
                                                         qint64 excludeId, const QString &field)
{
    const Money given = core::givenOnOrder(m_store.ofOrder(complaint.orderId), excludeId);
    const Money counted = core::countedTowardOrder(remedies);
    const Money room = core::orderRoom(complaint.orderAmount, given);
    if (counted <= room)
        return std::nullopt;
    return Error{
        ErrorCode::OverOrderValue,
        QStringLiteral("%1 on top of the %2 this order already has would exceed its ceiling of %3; "
                       "give at most %4")
            .arg(fen(counted), fen(given), fen(core::orderCeiling(complaint.orderAmount)), fen(room)),
        field,
        {{QStringLiteral("orderAmount"), complaint.orderAmount.minor()},
         {QStringLiteral("ceiling"), core::orderCeiling(complaint.orderAmount).minor()},
         {QStringLiteral("given"), given.minor()},
         {QStringLiteral("room"), room.minor()},
         {QStringLiteral("cost"), counted.minor()}}};
}

core::Compensation CompensationService::withOrderGiven(core::Compensation compensation)
{
    compensation.orderGiven = core::givenOnOrder(m_store.ofOrder(compensation.orderId), compensation.id);
    return compensation;
}

std::optional<Error> CompensationService::record(UnitOfWork &, const QString &actor, const QString &action,
                                                 const storage::CompensationRow &row, QJsonObject details,
                                                 qint64 nowMs)
{
    const core::Compensation &c = row.compensation;
    details.insert(QStringLiteral("complaintId"), c.complaintId);
    details.insert(QStringLiteral("customerId"), c.customerId);
    details.insert(QStringLiteral("status"), core::compensationStatusName(c.status));
    details.insert(QStringLiteral("remedies"), protocol::remediesToJson(c.remedies));
    details.insert(QStringLiteral("amount"), c.amount.minor());
    if (row.budgetAgentId) {
        details.insert(QStringLiteral("budgetAgentId"), row.budgetAgentId);
        details.insert(QStringLiteral("budgetDay"), row.budgetDay);
    }
    storage::AuditEntry entry{0, nowMs, actor, action, QStringLiteral("compensation:%1").arg(c.id), details};
    if (!m_audit.append(entry))
        return internalError(QStringLiteral("write the audit log"));
    return std::nullopt;
}

std::optional<qint64> CompensationService::appendEvents(UnitOfWork &work, const core::Compensation &c,
                                                        const std::optional<core::AuthorityStatus> &budget,
                                                        qint64 nowMs)
{
    auto seq = work.append(protocol::CompensationUpdatedEvent{withOrderGiven(c), budget},
                           m_conversations.audienceOf(c.conversationId, false), c.customerId,
                           c.conversationId, nowMs);
    if (!seq || c.kind != CompensationKind::Offer)
        return seq;
    return work.append(protocol::CompensationOfferEvent{protocol::CustomerOffer::of(c)},
                       m_conversations.audienceOf(c.conversationId, true), c.customerId, c.conversationId,
                       nowMs);
}

Result<CompensationService::Change>
CompensationService::finish(UnitOfWork &work, const storage::CompensationRow &row, const QString &actor,
                            const QString &action, const QJsonObject &details,
                            const std::optional<core::AuthorityStatus> &budget, qint64 nowMs)
{
    if (auto error = record(work, actor, action, row, details, nowMs))
        return *error;
    const auto seq = appendEvents(work, row.compensation, budget, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the compensation"));
    const core::Compensation &c = row.compensation;
    if (auto error =
            work.raise(domain::CompensationChanged{action, actor, c.complaintId, c.id, c.conversationId,
                                                   core::compensationStatusName(c.status)},
                       nowMs))
        return *error;
    return Done<Change>{{withOrderGiven(row.compensation), budget}, *seq};
}

Result<CompensationService::Case> CompensationService::options(const storage::AgentRecord &agent,
                                                               qint64 complaintId, qint64 nowMs)
{
    const Checked checked = checkCase(agent, complaintId, 0, false);
    if (checked.error)
        return *checked.error;
    const storage::ComplaintContext &complaint = checked.complaint;
    const core::AuthorityStatus authority = authorityOf(agent, nowMs);
    core::CompensationContext context;
    context.complaintCategory = complaint.category;
    context.orderAmount = complaint.orderAmount;
    context.tier = complaint.tier;
    context.previousComplaints = complaint.previousComplaints;
    if (const auto product = m_profiles.productStats(complaint.productId)) {
        context.offered = product->offered;
        context.accepted = product->accepted;
    }
    context.authority = authority.authority();
    const QList<core::Compensation> ofOrder = m_store.ofOrder(complaint.orderId);
    context.givenOnOrder = core::givenOnOrder(ofOrder);
    Case found{complaint,           core::proposeOptions(context),    {},
               authority,           m_store.ofComplaint(complaintId), context.givenOnOrder,
               int(ofOrder.size()), m_switchWindowMs / 1000};
    for (const QString &key : core::resolutions()) {
        if (const auto kind = core::remedyFromKey(key))
            found.bounds.insert(key, core::remedyBounds(*kind, complaint.orderAmount));
    }
    return Done<Case>{found};
}

Result<core::AuthorityStatus> CompensationService::authority(const storage::AgentRecord &caller,
                                                             qint64 agentId, qint64 nowMs)
{
    if (agentId && agentId != caller.id) {
        if (!core::allows(caller.role, core::Permission::ReadOthersAuthority)) {
            return Error{
                ErrorCode::Forbidden,
                QStringLiteral("only supervisors and administrators can see another agent's authority"),
                QStringLiteral("payload.agentId"),
                {}};
        }
        const auto agent = m_accounts.agent(agentId);
        if (!agent) {
            return Error{ErrorCode::NotFound,
                         QStringLiteral("agent %1 does not exist").arg(agentId),
                         QStringLiteral("payload.agentId"),
                         {}};
        }
        return Done<core::AuthorityStatus>{authorityOf(*agent, nowMs)};
    }
    return Done<core::AuthorityStatus>{authorityOf(caller, nowMs)};
}

CompensationService::Approvals CompensationService::approvals(const storage::AgentRecord &caller,
                                                              const core::StaffScope &scope)
{
    const bool manager = core::allows(caller.role, core::Permission::AnswerApprovals);
    const auto listed = [&](const core::Compensation &c) {
        return c.agentId == caller.id ||
               (manager && scope.reaches(m_conversations.audienceOf(c.conversationId, false)));
    };
    Approvals lists;
    for (const core::Compensation &c : m_store.pendingApprovals()) {
        if (listed(c))
            lists.pending.append(withOrderGiven(c));
    }
    for (const core::Compensation &c : m_store.answeredApprovals(200)) {
        if (listed(c) && lists.answered.size() < 30)
            lists.answered.append(c);
    }
    return lists;
}

core::Audience CompensationService::audienceOf(qint64 compensationId)
{
    const auto row = m_store.row(compensationId);
    return m_conversations.audienceOf(row ? row->compensation.conversationId : 0, false);
}

core::Compensation
CompensationService::newCompensation(core::CompensationKind kind, core::CompensationStatus status,
                                     const Checked &checked, const storage::AgentRecord &agent,
                                     const QList<core::Remedy> &remedies, qint64 conversationId,
                                     const QString &reason, qint64 nowMs)
{
    core::Compensation c;
    c.kind = kind;
    c.status = status;
    c.complaintId = checked.complaint.complaintId;
    c.complaintCategory = checked.complaint.category;
    c.customerId = checked.complaint.customerId;
    c.customerName = checked.complaint.customerName;
    c.orderId = checked.complaint.orderId;
    c.conversationId = conversationId;
    c.agentId = agent.id;
    c.agentName = agent.displayName;
    c.options = {remedies};
    c.chosenIndex = 0;
    c.remedies = remedies;
    c.amount = core::totalCost(remedies);
    c.requestedAmount = c.amount;
    c.reason = reason.trimmed();
    c.createdAtMs = c.updatedAtMs = nowMs;
    return c;
}

Result<CompensationService::Change>
CompensationService::decide(UnitOfWork &work, const storage::AgentRecord &agent,
                            const protocol::CompensationDecideRequest &request, qint64 nowMs)
{
    const Checked checked = checkCase(agent, request.complaintId, request.conversationId);
    if (checked.error)
        return *checked.error;
    QList<core::Remedy> remedies = request.remedies;
    if (auto error = checkRemedies(checked.complaint, remedies, QStringLiteral("payload.remedies")))
        return *error;
    if (auto error = checkOrderRoom(checked.complaint, remedies, 0, QStringLiteral("payload.remedies")))
        return *error;
    const Money cost = core::totalCost(remedies);
    const core::AuthorityStatus before = authorityOf(agent, nowMs);
    const AuthorityCheck check = core::checkAuthority(cost, before.authority());
    if (check != AuthorityCheck::Within) {
        return overAuthority(check, cost, before, QStringLiteral("payload.remedies"),
                             QStringLiteral("ask a supervisor for approval (compensation.request_approval)"));
    }
    storage::CompensationRow row;
    core::Compensation &c = row.compensation;
    c = newCompensation(CompensationKind::Decision, CompensationStatus::Effective, checked, agent, remedies,
                        request.conversationId, request.reason, nowMs);
    row.budgetAgentId = agent.id;
    row.budgetDay = budgetDay(nowMs);
    const auto id = m_store.insert(row);
    if (!id)
        return internalError(QStringLiteral("record the decision"));
    c.id = *id;
    if (!m_store.setComplaintResolution(c.complaintId, core::remedyKey(remedies.first().kind), std::nullopt))
        return internalError(QStringLiteral("resolve the complaint"));
    return finish(work, row, actorOf(agent), QStringLiteral("compensation.decided"),
                  {{QStringLiteral("reason"), c.reason},
                   {QStringLiteral("perCaseLimit"), before.perCaseLimit.minor()},
                   {QStringLiteral("spentBefore"), (before.spentToday + before.heldToday).minor()},
                   {QStringLiteral("dailyBudget"), before.dailyBudget.minor()}},
                  authorityOf(agent, nowMs), nowMs);
}

Result<CompensationService::Change>
CompensationService::requestApproval(UnitOfWork &work, const storage::AgentRecord &agent,
                                     const protocol::CompensationApprovalRequest &request, qint64 nowMs)
{
    const Checked checked = checkCase(agent, request.complaintId, request.conversationId);
    if (checked.error)
        return *checked.error;
    QList<core::Remedy> remedies = request.remedies;
    if (auto error = checkRemedies(checked.complaint, remedies, QStringLiteral("payload.remedies")))
        return *error;
    if (auto error = checkOrderRoom(checked.complaint, remedies, 0, QStringLiteral("payload.remedies")))
        return *error;
    const Money cost = core::totalCost(remedies);
    const core::AuthorityStatus authority = authorityOf(agent, nowMs);
    if (core::checkAuthority(cost, authority.authority()) == AuthorityCheck::Within) {
        // 赋能化: what the agent may give alone never waits in an approval chain.
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("%1 is within your authority; decide it yourself (compensation.decide)")
                         .arg(fen(cost)),
                     QStringLiteral("payload.remedies"),
                     authorityDetails(AuthorityCheck::Within, cost, authority)};
    }
    storage::CompensationRow row;
    core::Compensation &c = row.compensation;
    c = newCompensation(CompensationKind::ApprovalRequest, CompensationStatus::PendingApproval, checked,
                        agent, remedies, request.conversationId, request.reason, nowMs);
    const auto id = m_store.insert(row);
    if (!id)
        return internalError(QStringLiteral("record the request"));
    c.id = *id;
    return finish(work, row, actorOf(agent), QStringLiteral("approval.requested"),
                  {{QStringLiteral("reason"), c.reason},
                   {QStringLiteral("check"),
                    core::authorityCheckName(core::checkAuthority(cost, authority.authority()))},
                   {QStringLiteral("perCaseLimit"), authority.perCaseLimit.minor()},
                   {QStringLiteral("remainingToday"), authority.authority().remainingToday().minor()}},
                  std::nullopt, nowMs);
}

Result<CompensationService::Change>
CompensationService::offer(UnitOfWork &work, const storage::AgentRecord &agent,
                           const protocol::CompensationOfferRequest &request, qint64 nowMs)
{
    const Checked checked = checkCase(agent, request.complaintId, request.conversationId);
    if (checked.error)
        return *checked.error;
    QList<QList<core::Remedy>> options = request.options;
    const core::AuthorityStatus before = authorityOf(agent, nowMs);
    Money hold;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString field = QStringLiteral("payload.options[%1].remedies").arg(i);
        if (auto error = checkRemedies(checked.complaint, options[i], field))
            return *error;
        if (auto error = checkOrderRoom(checked.complaint, options[i], 0, field))
            return *error;
        const Money cost = core::totalCost(options[i]);
        if (cost > before.perCaseLimit) {
            return overAuthority(
                AuthorityCheck::OverCaseLimit, cost, before, QStringLiteral("payload.options[%1]").arg(i),
                QStringLiteral("offer only options within your authority, or ask for approval"));
        }
        hold = std::max(hold, cost);
    }
    // The customer may pick (or later switch to) the dearest option: it is held against the budget.
    if (core::checkAuthority(hold, before.authority()) != AuthorityCheck::Within) {
        return overAuthority(AuthorityCheck::OverDailyBudget, hold, before, QStringLiteral("payload.options"),
                             QStringLiteral("offer cheaper options, or ask for approval"));
    }
    storage::CompensationRow row;
    core::Compensation &c = row.compensation;
    c.kind = CompensationKind::Offer;
    c.status = CompensationStatus::Offered;
    c.complaintId = checked.complaint.complaintId;
    c.complaintCategory = checked.complaint.category;
    c.customerId = checked.complaint.customerId;
    c.customerName = checked.complaint.customerName;
    c.orderId = checked.complaint.orderId;
    c.conversationId = request.conversationId;
    c.agentId = agent.id;
    c.agentName = agent.displayName;
    c.options = options;
    c.reason = request.reason.trimmed();
    c.createdAtMs = c.updatedAtMs = nowMs;
    row.hold = hold;
    row.budgetAgentId = agent.id;
    row.budgetDay = budgetDay(nowMs);
    const auto id = m_store.insert(row);
    if (!id)
        return internalError(QStringLiteral("record the offer"));
    c.id = *id;
    QJsonArray offered;
    for (const auto &option : options)
        offered.append(protocol::remediesToJson(option));
    return finish(work, row, actorOf(agent), QStringLiteral("compensation.offered"),
                  {{QStringLiteral("reason"), c.reason},
                   {QStringLiteral("options"), offered},
                   {QStringLiteral("held"), hold.minor()}},
                  authorityOf(agent, nowMs), nowMs);
}

Result<core::Compensation> CompensationService::choose(UnitOfWork &work, qint64 customerId,
                                                       const protocol::CompensationChooseRequest &request,
                                                       qint64 nowMs)
{
    auto row = m_store.row(request.compensationId);
    if (!row || row->compensation.customerId != customerId ||
        row->compensation.kind != CompensationKind::Offer) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("you have no offer %1").arg(request.compensationId),
                     QStringLiteral("payload.compensationId"),
                     {}};
    }
    core::Compensation &c = row->compensation;
    if (request.option >= c.options.size()) {
        return Error{ErrorCode::InvalidField,
                     QStringLiteral("payload.option is %1; this offer has options 0 to %2")
                         .arg(request.option)
                         .arg(c.options.size() - 1),
                     QStringLiteral("payload.option"),
                     {}};
    }
    if (c.status != CompensationStatus::Offered && request.option == c.chosenIndex)
        return Done<core::Compensation>{c};
    const QString actor = QStringLiteral("customer:%1").arg(customerId);
    const Money previousAmount = c.amount;
    QString action;
    QJsonObject details;
    if (c.status == CompensationStatus::Offered) {
        action = QStringLiteral("compensation.chosen");
        c.status = CompensationStatus::Effective;
        c.switchDeadlineMs = nowMs + m_switchWindowMs;
    } else if (c.status == CompensationStatus::Effective) {
        if (nowMs > c.switchDeadlineMs) {
            return Error{ErrorCode::InvalidState,
                         QStringLiteral("the time to change this choice ended at %1 (ms since the epoch)")
                             .arg(c.switchDeadlineMs),
                         QStringLiteral("payload.compensationId"),
                         {{QStringLiteral("switchDeadline"), c.switchDeadlineMs}}};
        }
        // The way back: the first choice is reversed and the new one recorded in its place, on
        // the budget of the day the offer was made.
        action = QStringLiteral("compensation.switched");
        c.status = CompensationStatus::Switched;
        c.previousIndex = c.chosenIndex;
        details = {{QStringLiteral("fromOption"), c.chosenIndex},
                   {QStringLiteral("reversedRemedies"), protocol::remediesToJson(c.remedies)},
                   {QStringLiteral("reversedAmount"), previousAmount.minor()}};
    } else {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("this choice was already changed once and is final"),
                     QStringLiteral("payload.compensationId"),
                     {}};
    }
    c.chosenIndex = request.option;
    c.remedies = c.options.at(request.option);
    c.amount = core::totalCost(c.remedies);
    c.updatedAtMs = nowMs;
    details.insert(QStringLiteral("option"), request.option);
    if (!m_store.update(*row))
        return internalError(QStringLiteral("record the choice"));
    if (!m_store.setComplaintResolution(c.complaintId, core::remedyKey(c.remedies.first().kind), true))
        return internalError(QStringLiteral("resolve the complaint"));
    std::optional<core::AuthorityStatus> budget;
    if (const auto agent = m_accounts.agent(row->budgetAgentId))
        budget = m_store.authority(agent->id, agent->role, budgetDay(nowMs), nowMs);
    return mapResult(finish(work, *row, actor, action, details, budget, nowMs),
                     [](const Change &change) { return change.compensation; });
}

Result<CompensationService::Change>
CompensationService::answer(UnitOfWork &work, const storage::AgentRecord &approver,
                            const protocol::ApprovalAnswerRequest &request, qint64 nowMs)
{
    using Answer = protocol::ApprovalAnswerRequest::Answer;
    if (!core::allows(approver.role, core::Permission::AnswerApprovals)) {
        return Error{ErrorCode::Forbidden,
                     QStringLiteral("only supervisors and administrators answer approvals"),
                     {},
                     {}};
    }
    auto row = m_store.row(request.compensationId);
    if (!row || row->compensation.kind != CompensationKind::ApprovalRequest) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("there is no approval request %1").arg(request.compensationId),
                     QStringLiteral("payload.compensationId"),
                     {}};
    }
    core::Compensation &c = row->compensation;
    if (c.agentId == approver.id) {
        return Error{ErrorCode::Forbidden,
                     QStringLiteral("nobody approves their own request; another supervisor must answer it"),
                     QStringLiteral("payload.compensationId"),
                     {}};
    }
    if (c.status != CompensationStatus::PendingApproval) {
        return Error{ErrorCode::InvalidState,
                     QStringLiteral("request %1 was already answered (%2)")
                         .arg(c.id)
                         .arg(core::compensationStatusName(c.status)),
                     QStringLiteral("payload.compensationId"),
                     {{QStringLiteral("status"), core::compensationStatusName(c.status)}}};
    }
    c.approverId = approver.id;
    c.approverName = approver.displayName;
    c.approverComment = request.comment.trimmed();
    c.updatedAtMs = nowMs;
    QJsonObject details{{QStringLiteral("comment"), c.approverComment},
                        {QStringLiteral("requestedAmount"), c.requestedAmount.minor()},
                        {QStringLiteral("requestedBy"), c.agentId}};
    if (request.answer == Answer::Reject) {
        c.status = CompensationStatus::Rejected;
        if (!m_store.update(*row))
            return internalError(QStringLiteral("record the answer"));
        return finish(work, *row, actorOf(approver), QStringLiteral("approval.rejected"), details,
                      std::nullopt, nowMs);
    }
    if (request.answer == Answer::Amend) {
        const auto complaint = m_store.complaint(c.complaintId);
        if (!complaint)
            return internalError(QStringLiteral("read the complaint"));
        QList<core::Remedy> remedies = request.remedies;
        if (auto error = checkRemedies(*complaint, remedies, QStringLiteral("payload.remedies")))
            return *error;
        c.remedies = remedies;
        c.amount = core::totalCost(remedies);
    }
    if (const auto complaint = m_store.complaint(c.complaintId)) {
        // Something else may have been given on the order while the request waited.
        if (auto error =
                checkOrderRoom(*complaint, c.remedies, c.id,
                               request.answer == Answer::Amend ? QStringLiteral("payload.remedies")
                                                               : QStringLiteral("payload.compensationId")))
            return *error;
    } else {
        return internalError(QStringLiteral("read the complaint"));
    }
    // Approved money is given on the approver's authority and counts against their budget.
    const core::AuthorityStatus authority = authorityOf(approver, nowMs);
    const AuthorityCheck check = core::checkAuthority(c.amount, authority.authority());
    if (check != AuthorityCheck::Within) {
        return overAuthority(check, c.amount, authority,
                             request.answer == Answer::Amend ? QStringLiteral("payload.remedies")
                                                             : QStringLiteral("payload.compensationId"),
                             QStringLiteral("amend it to less, or leave it to an administrator"));
    }
    c.status = CompensationStatus::Approved;
    row->budgetAgentId = approver.id;
    row->budgetDay = budgetDay(nowMs);
    if (!m_store.update(*row))
        return internalError(QStringLiteral("record the answer"));
    if (!m_store.setComplaintResolution(c.complaintId, core::remedyKey(c.remedies.first().kind),
                                        std::nullopt))
        return internalError(QStringLiteral("resolve the complaint"));
    return finish(work, *row, actorOf(approver),
                  request.answer == Answer::Amend ? QStringLiteral("approval.amended")
                                                  : QStringLiteral("approval.approved"),
                  details, authorityOf(approver, nowMs), nowMs);
}

Result<core::AuthorityStatus> CompensationService::setAuthority(UnitOfWork &work,
                                                                const storage::AgentRecord &setter,
                                                                const protocol::AuthoritySetRequest &request,
                                                                qint64 nowMs)
{
    if (!core::allows(setter.role, core::Permission::SetAuthority)) {
        return Error{ErrorCode::Forbidden,
                     QStringLiteral("only supervisors and administrators set authority"),
                     {},
                     {}};
    }
    const auto agent = m_accounts.agent(request.agentId);
    if (!agent) {
        return Error{ErrorCode::NotFound,
                     QStringLiteral("agent %1 does not exist").arg(request.agentId),
                     QStringLiteral("payload.agentId"),
                     {}};
    }
    if (agent->id == setter.id) {
        return Error{ErrorCode::Forbidden,
                     QStringLiteral("nobody sets their own authority; ask an administrator"),
                     QStringLiteral("payload.agentId"),
                     {}};
    }
    const Money perCase = Money::fromMinor(request.perCaseLimit);
    const Money daily = Money::fromMinor(request.dailyBudget);
    if (!core::allows(setter.role, core::Permission::SetManagersAuthority)) {
        // Whoever may set authority is a manager; only those who may set managers' set theirs.
        if (core::allows(agent->role, core::Permission::SetAuthority)) {
            return Error{ErrorCode::Forbidden,
                         QStringLiteral("supervisors set the authority of agents and trainers; ask an "
                                        "administrator"),
                         QStringLiteral("payload.agentId"),
                         {}};
        }
        const core::AuthorityStatus own = authorityOf(setter, nowMs);
        if (perCase > own.perCaseLimit) {
            return Error{
                ErrorCode::InvalidField,
                QStringLiteral("payload.perCaseLimit is %1; a supervisor can grant at most their own "
                               "%2")
                    .arg(fen(perCase), fen(own.perCaseLimit)),
                QStringLiteral("payload.perCaseLimit"),
                {{QStringLiteral("maximum"), own.perCaseLimit.minor()}}};
        }
        if (daily > own.dailyBudget) {
            return Error{
                ErrorCode::InvalidField,
                QStringLiteral("payload.dailyBudget is %1; a supervisor can grant at most their own %2")
                    .arg(fen(daily), fen(own.dailyBudget)),
                QStringLiteral("payload.dailyBudget"),
                {{QStringLiteral("maximum"), own.dailyBudget.minor()}}};
        }
    }
    const core::AuthorityStatus before = authorityOf(*agent, nowMs);
    if (!m_store.setAuthority(agent->id, perCase, daily, setter.id, nowMs))
        return internalError(QStringLiteral("store the authority"));
    const core::AuthorityStatus after = authorityOf(*agent, nowMs);
    storage::AuditEntry entry{0,
                              nowMs,
                              actorOf(setter),
                              QStringLiteral("authority.set"),
                              QStringLiteral("agent:%1").arg(agent->id),
                              {{QStringLiteral("perCaseLimitBefore"), before.perCaseLimit.minor()},
                               {QStringLiteral("dailyBudgetBefore"), before.dailyBudget.minor()},
                               {QStringLiteral("perCaseLimit"), perCase.minor()},
                               {QStringLiteral("dailyBudget"), daily.minor()}}};
    if (!m_audit.append(entry))
        return internalError(QStringLiteral("write the audit log"));
    // The agent's own desk and whoever answers their team's approvals.
    const auto seq =
        work.append(protocol::AuthorityUpdatedEvent{after}, core::Audience::team(agent->teamId), 0, 0, nowMs);
    if (!seq)
        return internalError(QStringLiteral("log the change"));
    return Done<core::AuthorityStatus>{after, *seq};
}

int CompensationService::escalateOverdue(UnitOfWork &work, qint64 escalateAfterMs, qint64 nowMs,
                                         QString *error)
{
    int count = 0;
    for (const qint64 id : m_store.dueForEscalation(nowMs - escalateAfterMs)) {
        auto row = m_store.row(id);
        if (!row)
            continue;
        row->escalatedAtMs = nowMs;
        row->compensation.escalated = true;
        row->compensation.updatedAtMs = nowMs;
        if (!m_store.update(*row)) {
            *error = QStringLiteral("could not mark request %1 escalated").arg(id);
            return -1;
        }
        const Result<Change> outcome = finish(
            work, *row, QStringLiteral("system"), QStringLiteral("approval.escalated"),
            {{QStringLiteral("waitedMs"), nowMs - row->compensation.createdAtMs}}, std::nullopt, nowMs);
        if (const auto *failure = std::get_if<Error>(&outcome)) {
            *error = failure->message;
            return -1;
        }
        ++count;
    }
    return count;
}

} // namespace warmline::server
