#pragma once

#include "sync/keyedlistmodel.h"
#include "sync/openinglinecontroller.h"

namespace warmline::sync {

// The contests of the user's team as OpeningLineController has them: theme, state, dates, how
// many entries, whether the user entered.
class ContestListModel final : public KeyedListModel<OpeningLineController::Contest>
{
    Q_OBJECT
public:
    enum Role {
        ContestIdRole = Qt::UserRole + 1,
        ThemeRole,
        StateRole, // upcoming, open, judging, published
        StartsAtRole,
        EndsAtRole,
        EntriesRole,
        SubmittedRole, // bool: the user has an entry in it
        CreatedByNameRole,
    };
    Q_ENUM(Role)

    explicit ContestListModel(QObject *parent = nullptr);

    void setContests(const QList<OpeningLineController::Contest> &contests) { setRows(contests); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const OpeningLineController::Contest &row) const override { return row.id; }
};

} // namespace warmline::sync
