#pragma once

#include "protocol/events.h"

#include <functional>
#include <QHash>

namespace warmline::sync {

// Reads pushed events into their typed structs (protocol/events.h) and hands each to the handler
// registered for its kind. A payload that does not read as its kind is reported, never applied.
class EventHandlers final
{
public:
    template<protocol::Event E>
    void on(std::function<void(const E &event, qint64 seq)> handler)
    {
        m_handlers.insert(E::kind, [handler = std::move(handler)](const QJsonObject &payload, qint64 seq,
                                                                  QString *problem) {
            const auto event = protocol::schema::fromJson<E>(payload, problem);
            if (!event)
                return false;
            handler(*event, seq);
            return true;
        });
    }

    // False (and problem says why) when a handled kind's payload does not read.
    bool dispatch(qint64 seq, const QString &kind, const QJsonObject &payload,
                  QString *problem = nullptr) const
    {
        const auto handler = m_handlers.constFind(kind);
        if (handler == m_handlers.cend())
            return true; // not this reader's concern
        QString why;
        if (handler.value()(payload, seq, &why))
            return true;
        if (problem)
            *problem = QStringLiteral("event %1 (seq %2): %3").arg(kind).arg(seq).arg(why);
        return false;
    }

private:
    QHash<QString, std::function<bool(const QJsonObject &, qint64, QString *)>> m_handlers;
};

} // namespace warmline::sync
