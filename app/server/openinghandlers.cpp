// WarmlineServer's handlers for opening lines, the team library and contests. The rules live in
// OpeningLineService; these read the typed request, check who may ask, and answer.

#include "protocol/openingmessages.h"
#include "server/clientsession.h"
#include "server/warmlineserver.h"

#include <QDateTime>

namespace warmline::server {

using protocol::Request;

void WarmlineServer::registerOpeningHandlers()
{
    m_handlers.insert(protocol::OpeningListRequest::type, &WarmlineServer::handleOpeningList);
    m_handlers.insert(protocol::OpeningSaveRequest::type, &WarmlineServer::handleOpeningSave);
    m_handlers.insert(protocol::OpeningActivateRequest::type, &WarmlineServer::handleOpeningActivate);
    m_handlers.insert(protocol::OpeningDeleteRequest::type, &WarmlineServer::handleOpeningDelete);
    m_handlers.insert(protocol::LibraryListRequest::type, &WarmlineServer::handleLibraryList);
    m_handlers.insert(protocol::LibraryAdoptRequest::type, &WarmlineServer::handleLibraryAdopt);
    m_handlers.insert(protocol::ContestCreateRequest::type, &WarmlineServer::handleContestCreate);
    m_handlers.insert(protocol::ContestListRequest::type, &WarmlineServer::handleContestList);
    m_handlers.insert(protocol::ContestSubmitRequest::type, &WarmlineServer::handleContestSubmit);
    m_handlers.insert(protocol::ContestScoreRequest::type, &WarmlineServer::handleContestScore);
    m_handlers.insert(protocol::ContestLeaderboardRequest::type, &WarmlineServer::handleContestLeaderboard);
    m_handlers.insert(protocol::ContestPublishRequest::type, &WarmlineServer::handleContestPublish);
}

void WarmlineServer::handleOpeningList(ClientSession &session, const Request &request)
{
    if (!readRequest<protocol::OpeningListRequest>(session, request) || !requireStaff(session, request))
        return;
    sendAck(session, request, 0, {{QStringLiteral("lines"), m_openings->lines(session.agent().id)}});
}

void WarmlineServer::handleOpeningSave(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::OpeningSaveRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_openings->save(work, session.agent(), *asked, now);
    });
}

void WarmlineServer::handleOpeningActivate(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::OpeningActivateRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_openings->activate(work, session.agent(), asked->lineId, asked->active, now);
    });
}

void WarmlineServer::handleOpeningDelete(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::OpeningDeleteRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_openings->remove(work, session.agent(), asked->lineId, now);
    });
}

void WarmlineServer::handleLibraryList(ClientSession &session, const Request &request)
{
    if (!readRequest<protocol::LibraryListRequest>(session, request) || !requireStaff(session, request))
        return;
    sendAck(session, request, 0, {{QStringLiteral("lines"), m_openings->library(session.agent().teamId)}});
}

void WarmlineServer::handleLibraryAdopt(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::LibraryAdoptRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_openings->adopt(work, session.agent(), *asked, now);
    });
}

void WarmlineServer::handleContestCreate(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::ContestCreateRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_openings->createContest(work, session.agent(), *asked, now);
    });
}

void WarmlineServer::handleContestList(ClientSession &session, const Request &request)
{
    if (!readRequest<protocol::ContestListRequest>(session, request) || !requireStaff(session, request))
        return;
    sendAck(
        session, request, 0,
        {{QStringLiteral("contests"),
          m_openings->contests(session.agent(), QDateTime::currentMSecsSinceEpoch())},
         {QStringLiteral("canJudge"), core::allows(session.agent().role, core::Permission::JudgeContests)}});
}

void WarmlineServer::handleContestSubmit(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::ContestSubmitRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_openings->submit(work, session.agent(), *asked, now);
    });
}

void WarmlineServer::handleContestScore(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::ContestScoreRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    for (const auto &[key, value] : {std::pair{QStringLiteral("warmth"), asked->warmth},
                                     std::pair{QStringLiteral("clarity"), asked->clarity},
                                     std::pair{QStringLiteral("fit"), asked->fit}}) {
        if (value == 0) {
            return sendError(session, request.id,
                             Error{protocol::ErrorCode::MissingField,
                                   QStringLiteral("payload.%1 is required (1 to 5)").arg(key),
                                   QStringLiteral("payload.") + key,
                                   {}});
        }
    }
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_openings->score(work, session.agent(), *asked, now);
    });
}

void WarmlineServer::handleContestLeaderboard(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::ContestLeaderboardRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    sendOutcome(
        session, request,
        m_openings->leaderboard(session.agent(), asked->contestId, QDateTime::currentMSecsSinceEpoch()));
}

void WarmlineServer::handleContestPublish(ClientSession &session, const Request &request)
{
    const auto asked = readRequest<protocol::ContestPublishRequest>(session, request);
    if (!asked || !requireStaff(session, request))
        return;
    performIdempotent(session, request, [&](UnitOfWork &work, qint64 now) {
        return m_openings->publish(work, session.agent(), *asked, now);
    });
}

} // namespace warmline::server
