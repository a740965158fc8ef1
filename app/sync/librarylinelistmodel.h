#pragma once

#include "sync/keyedlistmodel.h"
#include "sync/openinglinecontroller.h"

namespace warmline::sync {

// The team library: contest winners anyone in the team may adopt, newest publication first.
class LibraryLineListModel final : public KeyedListModel<OpeningLineController::LibraryLine>
{
    Q_OBJECT
public:
    enum Role {
        LibraryIdRole = Qt::UserRole + 1,
        ChannelKindRole,
        TitleRole,
        SourceRole,
        AuthorNameRole,
        ContestThemeRole,
        RankRole,         // int: its place in the contest
        AdoptedCountRole, // qint64
    };
    Q_ENUM(Role)

    explicit LibraryLineListModel(QObject *parent = nullptr);

    void setLibrary(const QList<OpeningLineController::LibraryLine> &lines) { setRows(lines); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const OpeningLineController::LibraryLine &row) const override { return row.id; }
};

} // namespace warmline::sync
