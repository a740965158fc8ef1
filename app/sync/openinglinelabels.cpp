#include "sync/openinglinelabels.h"

#include <QObject>

namespace warmline::sync {

QString contestStateLabel(const QString &state)
{
    if (state == QLatin1StringView("upcoming"))
        return QObject::tr("starts soon");
    if (state == QLatin1StringView("open"))
        return QObject::tr("open for entries");
    if (state == QLatin1StringView("judging"))
        return QObject::tr("being judged");
    return QObject::tr("published");
}

} // namespace warmline::sync
