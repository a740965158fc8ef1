#pragma once

#include "core/openingline.h"
#include "protocol/error.h"
#include "protocol/openingmessages.h"
#include "protocol/openingreplies.h"
#include "sync/answer.h"
#include "sync/eventhandlers.h"

#include <functional>
#include <optional>
#include <QList>
#include <QObject>

namespace warmline::sync {

class AgentWorkspace;

// The agent's opening lines, the team library and contests, as the server keeps them, plus what
// the workstation does with them: when the agent accepts a conversation it renders their active
// line for the conversation's channel kind and offers it for the composer (openingReady), again
// once the customer's profile has arrived (with the previous text, so an untouched insertion can
// be replaced). Nothing is ever sent by itself. No widgets.
class OpeningLineController final : public QObject
{
    Q_OBJECT
public:
    struct Outcomes
    {
        qint64 uses = 0, warmReplies = 0, warmKnown = 0, resolvedFirstContact = 0, resolvedKnown = 0,
               praised = 0;
        static Outcomes of(const protocol::OpeningOutcomes &outcomes);
        friend bool operator==(const Outcomes &, const Outcomes &) = default;
    };
    struct Version
    {
        int version = 0;
        QString source;
        qint64 createdAtMs = 0;
        Outcomes outcomes;
        friend bool operator==(const Version &, const Version &) = default;
    };
    struct Line
    {
        qint64 id = 0;
        QString channelKind; // chat, phone
        QString language;    // zh_CN, en: the language of its text (core::openingLineLanguage)
        QString title;
        bool active = false;
        int version = 0;
        QString source;
        qint64 originLibraryId = 0;
        QList<Version> versions; // newest first
        Outcomes outcomes;
        static Line of(const protocol::OpeningLine &line);
        friend bool operator==(const Line &, const Line &) = default;
    };
    struct LibraryLine
    {
        qint64 id = 0;
        QString channelKind, title, source, authorName, contestTheme;
        int rank = 0;
        qint64 adoptedCount = 0;
        friend bool operator==(const LibraryLine &, const LibraryLine &) = default;
    };
    struct Contest
    {
        qint64 id = 0;
        QString theme, state, createdByName; // state: upcoming, open, judging, published
        qint64 startsAtMs = 0, endsAtMs = 0;
        qint64 entries = 0;
        bool submitted = false;
        friend bool operator==(const Contest &, const Contest &) = default;
    };
    // What a change answered (the request's typed reply, or the error). Given a Done, a caller
    // reports errors itself; without one they are emitted as failed().
    template<typename Reply>
    using Done = std::function<void(const Answer<Reply> &answer)>;

    explicit OpeningLineController(AgentWorkspace &workspace, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OpeningLineController)

    static QString channelKindOf(core::Channel channel);

    // ---- lines
    void reload();
    bool isLoaded() const { return m_loaded; }
    const QList<Line> &lines() const { return m_lines; }
    std::optional<Line> line(qint64 lineId) const;
    // The active line of a channel kind for customers of `language` ("zh_CN", "en"; empty: any).
    std::optional<Line> activeLine(const QString &channelKind, const QString &language = {}) const;
    // lineId 0 creates a line of channelKind.
    void save(qint64 lineId, const QString &channelKind, const QString &title, const QString &source,
              Done<protocol::OpeningSaveReply> done = {});
    void activate(qint64 lineId, bool active, Done<protocol::OpeningLineReply> done = {});
    void remove(qint64 lineId, Done<protocol::OpeningDeleteReply> done = {});

    // ---- library
    void reloadLibrary();
    const QList<LibraryLine> &library() const { return m_library; }
    void adopt(qint64 libraryId, bool activate, Done<protocol::OpeningLineReply> done = {});

    // ---- contests
    void reloadContests();
    const QList<Contest> &contests() const { return m_contests; }
    bool canJudge() const { return m_canJudge; }
    void createContest(const QString &theme, qint64 startsAtMs, qint64 endsAtMs,
                       Done<protocol::ContestReply> done = {});
    void submit(qint64 contestId, qint64 lineId, Done<protocol::ContestSubmitReply> done = {});
    void score(qint64 entryId, int warmth, int clarity, int fit, const QString &comment,
               Done<protocol::ContestScoreReply> done = {});
    void publish(qint64 contestId, int winners, Done<protocol::ContestPublishReply> done = {});
    void loadLeaderboard(qint64 contestId, Done<protocol::LeaderboardReply> done);

    // ---- rendering
    // The context for the customer of the conversation on screen (their profile when loaded).
    std::optional<core::OpeningContext> currentContext() const;
    // What would go into the composer for the conversation on screen now: the active line of its
    // channel kind, or when that cannot be rendered for this customer, another of the agent's lines
    // of that kind that can. Empty when there is none.
    QString openingForCurrent() const;

signals:
    void linesChanged();
    void libraryChanged();
    void contestsChanged();
    // A contest on screen changed on the server (entry, score, publication).
    void contestUpdated(qint64 contestId);
    // Text for the composer of conversation `conversationId`; `replaces` is the text offered
    // before for it (empty the first time): replace it only if the composer still holds exactly that.
    void openingReady(qint64 conversationId, const QString &text, const QString &replaces);
    void failed(const QString &operation, const warmline::protocol::Error &error);
    // The conversation on screen or its customer's profile changed (previews follow it).
    void contextChanged();

private:
    // Sends the request; `after` runs on its reply before `done`.
    template<typename Message>
    void call(const Message &request, Done<typename Message::Reply> done,
              std::function<void(const typename Message::Reply &)> after);
    void fetchLines(std::function<void()> next);
    // A change to the agent's lines: `done` runs once the list is fresh.
    template<typename Message>
    void changeLines(const Message &request, Done<typename Message::Reply> done);
    void onAccepted(qint64 conversationId);
    void offerOpening();

    AgentWorkspace &m_workspace;
    EventHandlers m_events;
    bool m_loaded = false;
    QList<Line> m_lines;
    QList<LibraryLine> m_library;
    QList<Contest> m_contests;
    bool m_canJudge = false;
    // The conversation just accepted, waiting for its opener (lines or profile still loading).
    qint64 m_pendingConversation = 0;
    QString m_offered; // text last offered for it
    bool m_offeredWithProfile = false;
};

} // namespace warmline::sync
