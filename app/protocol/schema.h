#pragma once

// One field description per wire struct (acks and events) gives its writing, its reading and the
// field names the documentation must show, so the three cannot drift apart:
//
//     struct ConversationReply
//     {
//         core::ConversationSummary conversation;
//         static auto fields() { return std::tuple{schema::field("conversation",
//         &ConversationReply::conversation)}; } friend bool operator==(const ConversationReply &, const
//         ConversationReply &) = default;
//     };
//
// A field of type std::optional<T> is written as null when empty and read from null or absence;
// every other field is required. Domain
// values (a conversation, a compensation…) are written by their own codecs in protocol/.

#include "core/money.h"

#include <concepts>
#include <limits>
#include <optional>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <tuple>

namespace warmline::protocol::schema {

template<typename Owner, typename Value>
struct Field
{
    using ValueType = Value;
    const char *name;
    Value Owner::*member;
};

template<typename Owner, typename Value>
constexpr Field<Owner, Value> field(const char *name, Value Owner::*member)
{
    return {name, member};
}

template<typename T>
concept Described = requires
{
    T::fields();
};

// How one value type is written and read. read() returns false when the JSON does not hold one.
template<typename T>
struct Codec;

template<>
struct Codec<qint64>
{
    static QJsonValue write(qint64 value) { return value; }
    static bool read(const QJsonValue &json, qint64 &out)
    {
        // JSON numbers are doubles: an integer is one without a fraction, within 2^53.
        if (!json.isDouble())
            return false;
        const double number = json.toDouble();
        if (number != double(qint64(number)) || number > 9007199254740992.0 || number < -9007199254740992.0)
            return false;
        out = qint64(number);
        return true;
    }
};

template<>
struct Codec<int>
{
    static QJsonValue write(int value) { return value; }
    static bool read(const QJsonValue &json, int &out)
    {
        qint64 wide = 0;
        if (!Codec<qint64>::read(json, wide) || wide < std::numeric_limits<int>::min() ||
            wide > std::numeric_limits<int>::max())
            return false;
        out = int(wide);
        return true;
    }
};

template<>
struct Codec<double>
{
    static QJsonValue write(double value) { return value; }
    static bool read(const QJsonValue &json, double &out)
    {
        if (!json.isDouble())
            return false;
        out = json.toDouble();
        return true;
    }
};

template<>
struct Codec<bool>
{
    static QJsonValue write(bool value) { return value; }
    static bool read(const QJsonValue &json, bool &out)
    {
        if (!json.isBool())
            return false;
        out = json.toBool();
        return true;
    }
};

template<>
struct Codec<QString>
{
    static QJsonValue write(const QString &value) { return value; }
    static bool read(const QJsonValue &json, QString &out)
    {
        if (!json.isString())
            return false;
        out = json.toString();
        return true;
    }
};

// Money on the wire is an integer number of fen.
template<>
struct Codec<core::Money>
{
    static QJsonValue write(core::Money value) { return value.minor(); }
    static bool read(const QJsonValue &json, core::Money &out)
    {
        qint64 minor = 0;
        if (!Codec<qint64>::read(json, minor))
            return false;
        out = core::Money::fromMinor(minor);
        return true;
    }
};

// An object the protocol leaves open (free-form details); used sparingly.
template<>
struct Codec<QJsonObject>
{
    static QJsonValue write(const QJsonObject &value) { return value; }
    static bool read(const QJsonValue &json, QJsonObject &out)
    {
        if (!json.isObject())
            return false;
        out = json.toObject();
        return true;
    }
};

template<typename T>
struct Codec<QList<T>>
{
    static QJsonValue write(const QList<T> &values)
    {
        QJsonArray array;
        for (const T &value : values)
            array.append(Codec<T>::write(value));
        return array;
    }
    static bool read(const QJsonValue &json, QList<T> &out)
    {
        if (!json.isArray())
            return false;
        const QJsonArray array = json.toArray();
        out.clear();
        out.reserve(array.size());
        for (const QJsonValue &item : array) {
            T value{};
            if (!Codec<T>::read(item, value))
                return false;
            out.append(std::move(value));
        }
        return true;
    }
};

// A domain value with a writer and a reader of its own (the reader returns nullopt when the object
// is not one).
template<typename T, QJsonObject (*Write)(const T &), std::optional<T> (*Read)(const QJsonObject &)>
struct ObjectCodec
{
    static QJsonValue write(const T &value) { return Write(value); }
    static bool read(const QJsonValue &json, T &out)
    {
        if (!json.isObject())
            return false;
        auto value = Read(json.toObject());
        if (!value)
            return false;
        out = std::move(*value);
        return true;
    }
};

// The same for a domain reader that fills defaults instead of refusing.
template<typename T, QJsonObject (*Write)(const T &), T (*Read)(const QJsonObject &)>
struct LenientObjectCodec
{
    static QJsonValue write(const T &value) { return Write(value); }
    static bool read(const QJsonValue &json, T &out)
    {
        if (!json.isObject())
            return false;
        out = Read(json.toObject());
        return true;
    }
};

// An enum written as one of its wire names.
template<typename T, QString (*Name)(T), std::optional<T> (*FromName)(QStringView)>
struct NameCodec
{
    static QJsonValue write(T value) { return Name(value); }
    static bool read(const QJsonValue &json, T &out)
    {
        if (!json.isString())
            return false;
        const auto value = FromName(json.toString());
        if (!value)
            return false;
        out = *value;
        return true;
    }
};

template<Described T>
QJsonObject toJson(const T &value);
template<Described T>
bool readInto(const QJsonObject &object, T &out, QString *problem);

template<Described T>
struct Codec<T>
{
    static QJsonValue write(const T &value) { return toJson(value); }
    static bool read(const QJsonValue &json, T &out)
    {
        return json.isObject() && readInto(json.toObject(), out, nullptr);
    }
};

namespace detail {

template<typename T>
struct IsOptional : std::false_type
{
};
template<typename T>
struct IsOptional<std::optional<T>> : std::true_type
{
};

template<typename Target, typename Owner, typename Value>
void write(QJsonObject &object, const Target &owner, const Field<Owner, Value> &field)
{
    const Value &value = owner.*field.member;
    if constexpr (IsOptional<Value>::value) {
        // Absent values are written as null: every field of an ack or event is always there.
        object.insert(QLatin1StringView(field.name),
                      value ? Codec<typename Value::value_type>::write(*value) : QJsonValue());
    } else {
        object.insert(QLatin1StringView(field.name), Codec<Value>::write(value));
    }
}

template<typename Owner, typename Target, typename Value>
bool read(const QJsonObject &object, Target &target, const Field<Owner, Value> &field, QString *problem)
{
    const QJsonValue json = object.value(QLatin1StringView(field.name));
    Value &value = target.*field.member;
    if constexpr (IsOptional<Value>::value) {
        if (json.isUndefined() || json.isNull()) {
            value.reset();
            return true;
        }
        typename Value::value_type inner{};
        if (!Codec<typename Value::value_type>::read(json, inner)) {
            if (problem)
                *problem = QStringLiteral("%1 is not what it should be").arg(QLatin1StringView(field.name));
            return false;
        }
        value = std::move(inner);
        return true;
    } else {
        if (json.isUndefined()) {
            if (problem)
                *problem = QStringLiteral("%1 is missing").arg(QLatin1StringView(field.name));
            return false;
        }
        if (!Codec<Value>::read(json, value)) {
            if (problem)
                *problem = QStringLiteral("%1 is not what it should be").arg(QLatin1StringView(field.name));
            return false;
        }
        return true;
    }
}

} // namespace detail

template<Described T>
QJsonObject toJson(const T &value)
{
    QJsonObject object;
    std::apply([&](const auto &...fields) { (detail::write(object, value, fields), ...); }, T::fields());
    return object;
}

// Reads every described field; on the first problem returns false and says which field.
template<Described T>
bool readInto(const QJsonObject &object, T &out, QString *problem)
{
    return std::apply(
        [&](const auto &...fields) { return (detail::read(object, out, fields, problem) && ...); },
        T::fields());
}

template<Described T>
std::optional<T> fromJson(const QJsonObject &object, QString *problem = nullptr)
{
    T value{};
    if (!readInto(object, value, problem))
        return std::nullopt;
    return value;
}

// The names on the wire, in declaration order (the documentation must name each).
template<Described T>
QStringList fieldNames()
{
    QStringList names;
    std::apply([&](const auto &...fields) { (names.append(QLatin1StringView(fields.name)), ...); },
               T::fields());
    return names;
}

// An ack that carries nothing.
struct Empty
{
    static auto fields() { return std::tuple<>{}; }
    friend bool operator==(const Empty &, const Empty &) = default;
};

} // namespace warmline::protocol::schema
