#include "server/unitofwork.h"

namespace warmline::server {

UnitOfWork::UnitOfWork(QSqlDatabase &db, storage::EventLog &log, const DomainEventBus *bus)
    : m_transaction(db)
    , m_log(log)
    , m_bus(bus)
{
}

std::optional<protocol::Error> UnitOfWork::raise(const domain::Event &event, qint64 nowMs)
{
    return m_bus ? m_bus->raise(*this, event, nowMs) : std::nullopt;
}

std::optional<qint64> UnitOfWork::append(storage::StoredEvent event, qint64 nowMs)
{
    const auto seq = m_log.append(event, nowMs);
    if (seq)
        m_events.append(std::move(event));
    return seq;
}

std::optional<QList<storage::StoredEvent>> UnitOfWork::commit()
{
    if (!m_transaction.commit())
        return std::nullopt;
    return std::exchange(m_events, {});
}

} // namespace warmline::server
