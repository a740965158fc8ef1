#pragma once

#include "sync/keyedlistmodel.h"
#include "sync/openinglinecontroller.h"

namespace warmline::sync {

// The versions of one opening line, newest first, each with its own outcome numbers.
class OpeningVersionListModel final : public KeyedListModel<OpeningLineController::Version>
{
    Q_OBJECT
public:
    enum Role {
        VersionRole = Qt::UserRole + 1, // int
        SourceRole,
        CreatedAtRole, // qint64 ms
        UsesRole,      // qint64
    };
    Q_ENUM(Role)

    explicit OpeningVersionListModel(QObject *parent = nullptr);

    void setVersions(const QList<OpeningLineController::Version> &versions) { setRows(versions); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const OpeningLineController::Version &row) const override { return row.version; }
};

} // namespace warmline::sync
