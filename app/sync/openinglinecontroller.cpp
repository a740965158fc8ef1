#include "sync/openinglinecontroller.h"

#include "core/profile.h"
#include "protocol/openingmessages.h"
#include "sync/agentworkspace.h"

#include <QDateTime>

namespace warmline::sync {

OpeningLineController::Outcomes OpeningLineController::Outcomes::of(const protocol::OpeningOutcomes &o)
{
    return {o.uses, o.warmReplies, o.warmKnown, o.resolvedFirstContact, o.resolvedKnown, o.praised};
}

OpeningLineController::Line OpeningLineController::Line::of(const protocol::OpeningLine &l)
{
    Line line;
    line.id = l.id;
    line.channelKind = l.channelKind;
    line.title = l.title;
    line.active = l.active;
    line.version = l.version;
    line.source = l.source;
    line.language = l.language;
    if (line.language.isEmpty()) // a server from before schema 8
        line.language = core::openingLineLanguage(line.source);
    line.originLibraryId = l.originLibraryId.value_or(0);
    line.outcomes = Outcomes::of(l.outcomes);
    for (const protocol::OpeningVersion &v : l.versions)
        line.versions.append({v.version, v.source, v.createdAt, Outcomes::of(v.outcomes)});
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
    m_events.on<protocol::ContestChangedEvent>([this](const protocol::ContestChangedEvent &event, qint64) {
        reloadContests();
        emit contestUpdated(event.contestId);
    });
    m_events.on<protocol::LibraryChangedEvent>(
        [this](const protocol::LibraryChangedEvent &, qint64) { reloadLibrary(); });
    connect(&m_workspace.connection(), &ServerConnection::eventReceived, this,
            [this](qint64 seq, const QString &kind, const QJsonObject &payload) {
                m_workspace.connection().dispatch(m_events, seq, kind, payload);
            });
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

template<typename Message>
void OpeningLineController::call(const Message &request, Done<typename Message::Reply> done,
                                 std::function<void(const typename Message::Reply &)> after)
{
    using Reply = typename Message::Reply;
    m_workspace.connection().request(request, [this, done, after](const Answer<Reply> &reply) {
        if (reply.ok()) {
            if (after)
                after(reply.value());
            if (done)
                done(reply);
            return;
        }
        if (done)
            done(reply);
        else if (!reply.connectionLost())
            emit failed(Message::type, reply.error);
    });
}

void OpeningLineController::reload()
{
    fetchLines({});
}

void OpeningLineController::fetchLines(std::function<void()> next)
{
    call(protocol::OpeningListRequest{}, {}, [this, next](const protocol::OpeningListReply &reply) {
        m_lines.clear();
        for (const protocol::OpeningLine &line : reply.lines)
            m_lines.append(Line::of(line));
        m_loaded = true;
        emit linesChanged();
        offerOpening();
        if (next)
            next();
    });
}

template<typename Message>
void OpeningLineController::changeLines(const Message &request, Done<typename Message::Reply> done)
{
    using Reply = typename Message::Reply;
    // `done` runs once the list is fresh, so callers find the changed line in lines().
    m_workspace.connection().request(request, [this, done](const Answer<Reply> &reply) {
        if (!reply.ok()) {
            if (done)
                done(reply);
            else if (!reply.connectionLost())
                emit failed(Message::type, reply.error);
            return;
        }
        fetchLines([done, reply] {
            if (done)
                done(reply);
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
                                 const QString &source, Done<protocol::OpeningSaveReply> done)
{
    protocol::OpeningSaveRequest request;
    request.lineId = lineId;
    request.channelKind = lineId ? QString() : channelKind;
    request.title = title;
    request.source = source;
    changeLines(request, std::move(done));
}

void OpeningLineController::activate(qint64 lineId, bool active, Done<protocol::OpeningLineReply> done)
{
    changeLines(protocol::OpeningActivateRequest{lineId, active}, std::move(done));
}

void OpeningLineController::remove(qint64 lineId, Done<protocol::OpeningDeleteReply> done)
{
    changeLines(protocol::OpeningDeleteRequest{lineId}, std::move(done));
}

void OpeningLineController::reloadLibrary()
{
    call(protocol::LibraryListRequest{}, {}, [this](const protocol::LibraryListReply &reply) {
        m_library.clear();
        for (const protocol::LibraryLine &l : reply.lines) {
            LibraryLine line;
            line.id = l.id;
            line.channelKind = l.channelKind;
            line.title = l.title;
            line.source = l.source;
            line.authorName = l.authorName;
            line.contestTheme = l.contestTheme;
            line.rank = l.rank.value_or(0);
            line.adoptedCount = l.adoptedCount;
            m_library.append(line);
        }
        emit libraryChanged();
    });
}

void OpeningLineController::adopt(qint64 libraryId, bool activate, Done<protocol::OpeningLineReply> done)
{
    protocol::LibraryAdoptRequest request;
    request.libraryId = libraryId;
    request.activate = activate;
    changeLines(request, [this, done](const Answer<protocol::OpeningLineReply> &reply) {
        if (reply.ok())
            reloadLibrary(); // the adoption count moved
        if (done)
            done(reply);
    });
}

void OpeningLineController::reloadContests()
{
    call(protocol::ContestListRequest{}, {}, [this](const protocol::ContestListReply &reply) {
        m_contests.clear();
        m_canJudge = reply.canJudge;
        for (const protocol::ContestRow &row : reply.contests) {
            Contest contest;
            contest.id = row.id;
            contest.theme = row.theme;
            contest.state = row.state;
            contest.createdByName = row.createdByName;
            contest.startsAtMs = row.startsAt;
            contest.endsAtMs = row.endsAt;
            contest.entries = row.entries.value_or(0);
            contest.submitted = row.submitted.value_or(false);
            m_contests.append(contest);
        }
        emit contestsChanged();
    });
}

void OpeningLineController::createContest(const QString &theme, qint64 startsAtMs, qint64 endsAtMs,
                                          Done<protocol::ContestReply> done)
{
    call(protocol::ContestCreateRequest{theme, startsAtMs, endsAtMs}, std::move(done),
         [this](const protocol::ContestReply &) { reloadContests(); });
}

void OpeningLineController::submit(qint64 contestId, qint64 lineId, Done<protocol::ContestSubmitReply> done)
{
    call(protocol::ContestSubmitRequest{contestId, lineId}, std::move(done),
         [this](const protocol::ContestSubmitReply &) { reloadContests(); });
}

void OpeningLineController::score(qint64 entryId, int warmth, int clarity, int fit, const QString &comment,
                                  Done<protocol::ContestScoreReply> done)
{
    call(protocol::ContestScoreRequest{entryId, warmth, clarity, fit, comment}, std::move(done), {});
}

void OpeningLineController::publish(qint64 contestId, int winners, Done<protocol::ContestPublishReply> done)
{
    call(protocol::ContestPublishRequest{contestId, winners}, std::move(done),
         [this](const protocol::ContestPublishReply &) {
             reloadContests();
             reloadLibrary();
         });
}

void OpeningLineController::loadLeaderboard(qint64 contestId, Done<protocol::LeaderboardReply> done)
{
    call(protocol::ContestLeaderboardRequest{contestId}, std::move(done), {});
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
