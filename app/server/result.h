#pragma once

#include "protocol/error.h"

#include <QJsonObject>
#include <variant>

namespace warmline::server {

// What a service did: the domain value it produced and the last event it appended (0: none), or
// the typed error. Modules turn the value into the request's wire reply.
template<typename T>
struct Done
{
    T value;
    qint64 seq = 0;
};
template<typename T>
using Result = std::variant<Done<T>, protocol::Error>;

// The transport's form of an answer: the reply as JSON, kept as it was sent so that a replayed
// request gets exactly the first answer.
struct Success
{
    QJsonObject payload;
    qint64 seq = 0; // the last event the operation produced (0: none)
};
using Outcome = std::variant<Success, protocol::Error>;
using protocol::Error;

// A service's result as another value (its wire reply, say), keeping the seq or the error.
template<typename T, typename Convert>
auto mapResult(Result<T> &&result, Convert convert) -> Result<decltype(convert(std::declval<T &>()))>
{
    if (auto *error = std::get_if<protocol::Error>(&result))
        return std::move(*error);
    auto &done = std::get<Done<T>>(result);
    return Done<decltype(convert(done.value))>{convert(done.value), done.seq};
}

} // namespace warmline::server
