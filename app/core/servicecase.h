#pragma once

#include "core/channel.h"
#include "core/conversation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace warmline::core {

// One line of a case's transcript, as it travels with the case: the customer's personal data is
// already masked (see core/masking.h), so the library can be read by everyone.
struct CaseMessage
{
    Sender sender = Sender::Customer;
    QString author; // the agent's or the bot's name; the customer's is masked
    QString body;
    qint64 atMs = 0;

    friend bool operator==(const CaseMessage &, const CaseMessage &) = default;
};

// A case of the library (反效率案例库): a conversation where someone served outside the script and
// it worked, written up so others can learn from it. Made from a bookmarked or finished
// conversation by a trainer, supervisor or administrator; read by every staff member.
struct ServiceCase
{
    qint64 id = 0;
    QString title;
    QString story;       // what happened
    QString nonStandard; // what was done outside the standard process
    QString outcome;     // how it ended for the customer (and for us)
    QString lessons;     // what others can take from it
    QStringList tags;    // lower-case keys, e.g. "late_delivery", "elderly_care"
    qint64 conversationId = 0;
    Channel channel = Channel::Web;
    QString agentName;  // who served the customer
    QString authorName; // who promoted it to the library
    qint64 createdAtMs = 0;
    QList<CaseMessage> transcript; // oldest first, masked

    friend bool operator==(const ServiceCase &, const ServiceCase &) = default;
};

// A conversation a promoter may turn into a case: finished, or with a moment a mentor marked.
struct CaseCandidate
{
    qint64 conversationId = 0;
    Channel channel = Channel::Web;
    QString customerName; // the promoter sees the conversation anyway; masked once promoted
    QString agentName;
    ConversationStatus status = ConversationStatus::Resolved;
    int bookmarks = 0;
    QString lastMessage;
    qint64 updatedAtMs = 0;

    friend bool operator==(const CaseCandidate &, const CaseCandidate &) = default;
};

} // namespace warmline::core
