#pragma once

#include "protocol/envelope.h"
#include "protocol/schema.h"

#include <optional>

namespace warmline::sync {

// The server's answer to one typed request: its reply (Message::Reply) or the error. An ack the
// client cannot read as the reply is an error too, so a handler never sees half a reply.
template<typename Reply>
struct Answer
{
    std::optional<Reply> reply;
    protocol::Error error; // when !ok()
    qint64 seq = 0;        // the last event the request produced (0: none)

    bool ok() const { return reply.has_value(); }
    const Reply &value() const { return *reply; }
    const Reply *operator->() const { return &*reply; }
    // The connection dropped before an answer came (the request may or may not have run).
    bool connectionLost() const
    {
        return !ok() && error.details.value(QLatin1StringView("connectionLost")).toBool();
    }

    static Answer of(const protocol::ServerFrame &frame)
    {
        Answer answer;
        if (frame.kind != protocol::ServerFrame::Kind::Ack) {
            answer.error = frame.error;
            return answer;
        }
        QString problem;
        answer.reply = protocol::schema::fromJson<Reply>(frame.payload, &problem);
        answer.seq = frame.seq;
        if (!answer.reply) {
            answer.error = protocol::Error{
                protocol::ErrorCode::Internal,
                QStringLiteral("the server's answer could not be read (%1); the server may be a "
                               "different version — ask your administrator")
                    .arg(problem),
                {},
                {{QStringLiteral("badReply"), problem}}};
        }
        return answer;
    }
};

} // namespace warmline::sync
