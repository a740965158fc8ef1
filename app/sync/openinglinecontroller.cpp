#include "sync/openinglinecontroller.h"

#include "core/profile.h"
#include "protocol/openingmessages.h"
#include "sync/agentworkspace.h"

#include <QDateTime>
#include <QJsonArray>

namespace warmline::sync {

using protocol::ServerFrame;

OpeningLineController::Outcomes OpeningLineController::Outcomes::fromJson(const QJsonObject &o)
{
    Outcomes outcomes;
    outcomes.uses = o.value(QStringLiteral("uses")).toInteger();
    outcomes.warmReplies = o.value(QStringLiteral("warmReplies")).toInteger();
    outcomes.warmKnown = o.value(QStringLiteral("warmKnown")).toInteger();
    outcomes.resolvedFirstContact = o.value(QStringLiteral("resolvedFirstContact")).toInteger();
    outcomes.resolvedKnown = o.value(QStringLiteral("resolvedKnown")).toInteger();
    outcomes.praised = o.value(QStringLiteral("praised")).toInteger();
    return outcomes;
}

OpeningLineController::Line OpeningLineController::Line::fromJson(const QJsonObject &o)
{
    Line line;
    line.id = o.value(QStringLiteral("id")).toInteger();
    line.channelKind = o.value(QStringLiteral("channelKind")).toString();
    line.title = o.value(QStringLiteral("title")).toString();
    line.active = o.value(QStringLiteral("active")).toBool();
    line.version = o.value(QStringLiteral("version")).toInt();
    line.source = o.value(QStringLiteral("source")).toString();
    line.language = o.value(QStringLiteral("language")).toString();
    if (line.language.isEmpty()) // a server from before schema 8
        line.language = core::openingLineLanguage(line.source);
    line.originLibraryId = o.value(QStringLiteral("originLibraryId")).toInteger();
    line.outcomes = Outcomes::fromJson(o.value(QStringLiteral("outcomes")).toObject());
    for (const QJsonValue &value : o.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject v = value.toObject();
        line.versions.append({v.value(QStringLiteral("version")).toInt(),
                              v.value(QStringLiteral("source")).toString(),
                              v.value(QStringLiteral("createdAt")).toInteger(),
                              Outcomes::fromJson(v.value(QStringLiteral("outcomes")).toObject())});
    }
    return line;
}

OpeningLineController::OpeningLineController(AgentWorkspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &AgentWorkspace::accepted, this, &OpeningLineController::onAccepted);
    connect(&m_workspace, &AgentWorkspace::currentConversationChanged, this, [this] {
        const auto current = m_workspace.currentConversation();
        if (!current || current->id != m_pendingConversation)
            m_pendingConversation = 0;
        emit contextChanged();
    });
    connect(m_workspace.profile(), &CustomerProfileController::loaded, this,
            &OpeningLineController::contextChanged);
    // The customer's profile usually arrives after the accept: render again with everything known.
    connect(m_workspace.profile(), &CustomerProfileController::loaded, this,
            &OpeningLineController::offerOpening);
    connect(&m_workspace.connection(), &ServerConnection::eventReceived, this,
            &OpeningLineController::onEvent);
    connect(&m_workspace.connection(), &ServerConnection::stateChanged, this,
            [this](ServerConnection::State state) {
                if (state == ServerConnection::State::Live) {
                    reload();
                    reloadLibrary();
                    reloadContests();
                }
            });
    if (m_workspace.connection().state() == ServerConnection::State::Live) {
        reload();
        reloadLibrary();
        reloadContests();
    }
}

QString OpeningLineController::channelKindOf(core::Channel channel)
{
    return protocol::channelKindOf(channel);
}

void OpeningLineController::call(const QString &type, const QJsonObject &payload, Done done,
                                 std::function<void(const QJsonObject &)> after)
{
    m_workspace.connection().request(type, payload, [this, type, done, after](const ServerFrame &reply) {
        if (reply.kind == ServerFrame::Kind::Ack) {
            if (after)
                after(reply.payload);
            if (done)
                done(true, reply.payload, {});
            return;
        }
        if (done)
            done(false, {}, reply.error);
        else if (!ServerConnection::connectionLost(reply))
            emit failed(type, reply.error);
    });
}

void OpeningLineController::reload()
{
    fetchLines({});
}

void OpeningLineController::fetchLines(std::function<void()> next)
{
    call(protocol::OpeningListRequest::type, {}, {}, [this, next](const QJsonObject &payload) {
        m_lines.clear();
        for (const QJsonValue &value : payload.value(QStringLiteral("lines")).toArray())
            m_lines.append(Line::fromJson(value.toObject()));
        m_loaded = true;
        emit linesChanged();
        offerOpening();
        if (next)
            next();
    });
}

void OpeningLineController::changeLines(const QString &type, const QJsonObject &payload, Done done)
{
    // `done` runs once the list is fresh, so callers find the changed line in lines().
    m_workspace.connection().request(type, payload, [this, type, done](const ServerFrame &reply) {
        if (reply.kind != ServerFrame::Kind::Ack) {
            if (done)
                done(false, {}, reply.error);
            else if (!ServerConnection::connectionLost(reply))
                emit failed(type, reply.error);
            return;
        }
        const QJsonObject ack = reply.payload;
        fetchLines([done, ack] {
            if (done)
                done(true, ack, {});
        });
    });
}

std::optional<OpeningLineController::Line> OpeningLineController::line(qint64 lineId) const
{
    for (const Line &line : m_lines) {
        if (line.id == lineId)
            return line;
    }
    return std::nullopt;
}

std::optional<OpeningLineController::Line> OpeningLineController::activeLine(const QString &channelKind,
                                                                             const QString &language) const
{
    for (const Line &line : m_lines) {
        if (line.active && line.channelKind == channelKind &&
            (language.isEmpty() || line.language == language))
            return line;
    }
    return std::nullopt;
}

void OpeningLineController::save(qint64 lineId, const QString &channelKind, const QString &title,
                                 const QString &source, Done done)
{
    protocol::OpeningSaveRequest request;
    request.lineId = lineId;
    request.channelKind = lineId ? QString() : channelKind;
    request.title = title;
    request.source = source;
    changeLines(request.type, request.toJson(), std::move(done));
}

void OpeningLineController::activate(qint64 lineId, bool active, Done done)
{
    changeLines(protocol::OpeningActivateRequest::type,
                protocol::OpeningActivateRequest{lineId, active}.toJson(), std::move(done));
}

void OpeningLineController::remove(qint64 lineId, Done done)
{
    changeLines(protocol::OpeningDeleteRequest::type, protocol::OpeningDeleteRequest{lineId}.toJson(),
                std::move(done));
}

void OpeningLineController::reloadLibrary()
{
    call(protocol::LibraryListRequest::type, {}, {}, [this](const QJsonObject &payload) {
        m_library.clear();
        for (const QJsonValue &value : payload.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject o = value.toObject();
            LibraryLine line;
            line.id = o.value(QStringLiteral("id")).toInteger();
            line.channelKind = o.value(QStringLiteral("channelKind")).toString();
            line.title = o.value(QStringLiteral("title")).toString();
            line.source = o.value(QStringLiteral("source")).toString();
            line.authorName = o.value(QStringLiteral("authorName")).toString();
            line.contestTheme = o.value(QStringLiteral("contestTheme")).toString();
            line.rank = o.value(QStringLiteral("rank")).toInt();
            line.adoptedCount = o.value(QStringLiteral("adoptedCount")).toInteger();
            m_library.append(line);
        }
        emit libraryChanged();
    });
}

void OpeningLineController::adopt(qint64 libraryId, bool activate, Done done)
{
    protocol::LibraryAdoptRequest request;
    request.libraryId = libraryId;
    request.activate = activate;
    changeLines(request.type, request.toJson(),
                [this, done](bool ok, const QJsonObject &payload, const protocol::Error &error) {
                    if (ok)
                        reloadLibrary(); // the adoption count moved
                    if (done)
                        done(ok, payload, error);
                });
}

void OpeningLineController::reloadContests()
{
    call(protocol::ContestListRequest::type, {}, {}, [this](const QJsonObject &payload) {
        m_contests.clear();
        m_canJudge = payload.value(QStringLiteral("canJudge")).toBool();
        for (const QJsonValue &value : payload.value(QStringLiteral("contests")).toArray()) {
            const QJsonObject o = value.toObject();
            Contest contest;
            contest.id = o.value(QStringLiteral("id")).toInteger();
            contest.theme = o.value(QStringLiteral("theme")).toString();
            contest.state = o.value(QStringLiteral("state")).toString();
            contest.createdByName = o.value(QStringLiteral("createdByName")).toString();
            contest.startsAtMs = o.value(QStringLiteral("startsAt")).toInteger();
            contest.endsAtMs = o.value(QStringLiteral("endsAt")).toInteger();
            contest.entries = o.value(QStringLiteral("entries")).toInteger();
            contest.submitted = o.value(QStringLiteral("submitted")).toBool();
            m_contests.append(contest);
        }
        emit contestsChanged();
    });
}

void OpeningLineController::createContest(const QString &theme, qint64 startsAtMs, qint64 endsAtMs, Done done)
{
    call(protocol::ContestCreateRequest::type,
         protocol::ContestCreateRequest{theme, startsAtMs, endsAtMs}.toJson(), std::move(done),
         [this](const QJsonObject &) { reloadContests(); });
}

void OpeningLineController::submit(qint64 contestId, qint64 lineId, Done done)
{
    call(protocol::ContestSubmitRequest::type, protocol::ContestSubmitRequest{contestId, lineId}.toJson(),
         std::move(done), [this](const QJsonObject &) { reloadContests(); });
}

void OpeningLineController::score(qint64 entryId, int warmth, int clarity, int fit, const QString &comment,
                                  Done done)
{
    call(protocol::ContestScoreRequest::type,
         protocol::ContestScoreRequest{entryId, warmth, clarity, fit, comment}.toJson(), std::move(done), {});
}

void OpeningLineController::publish(qint64 contestId, int winners, Done done)
{
    call(protocol::ContestPublishRequest::type, protocol::ContestPublishRequest{contestId, winners}.toJson(),
         std::move(done), [this](const QJsonObject &) {
             reloadContests();
             reloadLibrary();
         });
}

void OpeningLineController::loadLeaderboard(qint64 contestId, Done done)
{
    call(protocol::ContestLeaderboardRequest::type, protocol::ContestLeaderboardRequest{contestId}.toJson(),
         std::move(done), {});
}

void OpeningLineController::onEvent(qint64, const QString &kind, const QJsonObject &payload)
{
    if (kind == protocol::event::contestChanged) {
        reloadContests();
        emit contestUpdated(payload.value(QStringLiteral("contestId")).toInteger());
    } else if (kind == protocol::event::libraryChanged) {
        reloadLibrary();
    }
}

std::optional<core::OpeningContext> OpeningLineController::currentContext() const
{
    const auto conversation = m_workspace.currentConversation();
    if (!conversation)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTime();
    const CustomerProfileController &profile = *m_workspace.profile();
    if (profile.hasProfile() && profile.profile().header.id == conversation->customerId)
        return core::openingContextFor(profile.profile(), m_workspace.agentName(), conversation->channel,
                                       now);
    // Until the profile arrives, what the conversation itself says.
    core::OpeningContext context;
    context.now = now;
    context.customerName = conversation->customerName;
    context.agentName = m_workspace.agentName();
    context.channel = conversation->channel;
    return context;
}

QString OpeningLineController::openingForCurrent() const
{
    const auto conversation = m_workspace.currentConversation();
    const auto context = currentContext();
    if (!conversation || !context)
        return {};
    const QString kind = channelKindOf(conversation->channel);
    // Only a line in the customer's language: an English-speaking customer never gets "您好".
    const QString language = core::openingLanguageOf(context->locale);
    QList<Line> candidates;
    if (const auto active = activeLine(kind, language))
        candidates.append(*active);
    else
        return {}; // no active line in this language: the agent opens in their own words
    for (const Line &line : m_lines) {
        if (line.channelKind == kind && line.language == language && !line.active)
            candidates.append(line);
    }
    for (const Line &line : std::as_const(candidates)) {
        const core::RenderedLine rendered = core::renderOpeningLine(line.source, *context);
        if (rendered.usable())
            return rendered.text;
    }
    return {};
}

void OpeningLineController::onAccepted(qint64 conversationId)
{
    m_pendingConversation = conversationId;
    m_offered.clear();
    offerOpening();
}

void OpeningLineController::offerOpening()
{
    const auto conversation = m_workspace.currentConversation();
    if (!m_pendingConversation || !m_loaded || !conversation || conversation->id != m_pendingConversation)
        return;
    const CustomerProfileController &profile = *m_workspace.profile();
    const bool profileReady = profile.hasProfile() && profile.profile().header.id == conversation->customerId;
    const QString text = openingForCurrent();
    if (!text.isEmpty() && text != m_offered) {
        emit openingReady(m_pendingConversation, text, m_offered);
        m_offered = text;
    }
    if (profileReady)
        m_pendingConversation = 0; // rendered with everything known: done
}

} // namespace warmline::sync
