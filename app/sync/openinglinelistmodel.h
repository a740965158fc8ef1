#pragma once

#include "sync/keyedlistmodel.h"
#include "sync/openinglinecontroller.h"

#include <optional>

namespace warmline::sync {

// The agent's own opening lines ("★ Chat · 中文 · Afternoon"), and while the editor holds a line
// not saved yet, a last row for it (line id 0) so the list shows where the agent is.
class OpeningLineListModel final : public KeyedListModel<OpeningLineController::Line>
{
    Q_OBJECT
public:
    enum Role {
        LineIdRole = Qt::UserRole + 1, // 0: the line not saved yet
        ChannelKindRole,
        LanguageRole,
        TitleRole,
        SourceRole,
        ActiveRole,  // bool
        VersionRole, // int: the current version
        DraftRole,   // bool: the row of the line not saved yet
    };
    Q_ENUM(Role)

    explicit OpeningLineListModel(QObject *parent = nullptr);

    // `draftKind`: the channel kind of a new line being written, for its row; nullopt: no such row.
    void setLines(const QList<OpeningLineController::Line> &lines,
                  const std::optional<QString> &draftKind = std::nullopt);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    qint64 keyOf(const OpeningLineController::Line &row) const override { return row.id; }
};

} // namespace warmline::sync
