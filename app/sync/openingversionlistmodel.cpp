#include "sync/openingversionlistmodel.h"

#include "sync/openinglinelabels.h"
#include "sync/vocabularylabels.h"

namespace warmline::sync {

OpeningVersionListModel::OpeningVersionListModel(QObject *parent)
    : KeyedListModel(parent)
{
}

QVariant OpeningVersionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpeningLineController::Version &version = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("Version %1 · %2 · %3")
            .arg(version.version)
            .arg(dateTimeLabel(version.createdAtMs), version.source);
    case Qt::ToolTipRole:
        return outcomeText(version.outcomes);
    case VersionRole:
        return version.version;
    case SourceRole:
        return version.source;
    case CreatedAtRole:
        return version.createdAtMs;
    case UsesRole:
        return version.outcomes.uses;
    default:
        return {};
    }
}

QHash<int, QByteArray> OpeningVersionListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert(VersionRole, "version");
    names.insert(SourceRole, "source");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(UsesRole, "uses");
    return names;
}

} // namespace warmline::sync
