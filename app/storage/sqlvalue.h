#pragma once

#include <QVariant>

namespace warmline::storage {

// A team (or other row) id to bind: ids are positive, and 0 means "none", stored as a typed NULL
// so that `column IS ?` matches rows without one.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace warmline::storage
