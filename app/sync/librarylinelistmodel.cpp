#include "sync/librarylinelistmodel.h"

#include "sync/openinglinelabels.h"

namespace warmline::sync {

LibraryLineListModel::LibraryLineListModel(QObject *parent)
    : KeyedListModel(parent)
{
}

QVariant LibraryLineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpeningLineController::LibraryLine &line = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 — by %3, #%4 in “%5”, adopted %n time(s)", nullptr, int(line.adoptedCount))
            .arg(channelKindLabel(line.channelKind), line.title, line.authorName)
            .arg(line.rank)
            .arg(line.contestTheme);
    case Qt::ToolTipRole:
        return line.source;
    case LibraryIdRole:
        return line.id;
    case ChannelKindRole:
        return line.channelKind;
    case TitleRole:
        return line.title;
    case SourceRole:
        return line.source;
    case AuthorNameRole:
        return line.authorName;
    case ContestThemeRole:
        return line.contestTheme;
    case RankRole:
        return line.rank;
    case AdoptedCountRole:
        return line.adoptedCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> LibraryLineListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert(LibraryIdRole, "libraryId");
    names.insert(ChannelKindRole, "channelKind");
    names.insert(TitleRole, "title");
    names.insert(SourceRole, "source");
    names.insert(AuthorNameRole, "authorName");
    names.insert(ContestThemeRole, "contestTheme");
    names.insert(RankRole, "rank");
    names.insert(AdoptedCountRole, "adoptedCount");
    return names;
}

} // namespace warmline::sync
