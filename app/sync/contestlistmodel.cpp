#include "sync/contestlistmodel.h"

#include "sync/openinglinelabels.h"
#include "sync/vocabularylabels.h"

namespace warmline::sync {

ContestListModel::ContestListModel(QObject *parent)
    : KeyedListModel(parent)
{
}

QVariant ContestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpeningLineController::Contest &contest = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("%1 — %2 · %3 to %4 · %n entry(ies)", nullptr, int(contest.entries))
                           .arg(contest.theme, contestStateLabel(contest.state),
                                dateTimeLabel(contest.startsAtMs), dateTimeLabel(contest.endsAtMs));
        if (contest.submitted)
            text += QStringLiteral(" · ") + tr("you entered");
        return text;
    }
    case Qt::ToolTipRole:
        return tr("Opened by %1").arg(contest.createdByName);
    case ContestIdRole:
        return contest.id;
    case ThemeRole:
        return contest.theme;
    case StateRole:
        return contest.state;
    case StartsAtRole:
        return contest.startsAtMs;
    case EndsAtRole:
        return contest.endsAtMs;
    case EntriesRole:
        return contest.entries;
    case SubmittedRole:
        return contest.submitted;
    case CreatedByNameRole:
        return contest.createdByName;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContestListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert(ContestIdRole, "contestId");
    names.insert(ThemeRole, "theme");
    names.insert(StateRole, "state");
    names.insert(StartsAtRole, "startsAt");
    names.insert(EndsAtRole, "endsAt");
    names.insert(EntriesRole, "entries");
    names.insert(SubmittedRole, "submitted");
    names.insert(CreatedByNameRole, "createdByName");
    return names;
}

} // namespace warmline::sync
