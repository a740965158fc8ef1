#include "sync/openinglinelistmodel.h"

#include "sync/openinglinelabels.h"

namespace warmline::sync {

OpeningLineListModel::OpeningLineListModel(QObject *parent)
    : KeyedListModel(parent)
{
}

void OpeningLineListModel::setLines(const QList<OpeningLineController::Line> &lines,
                                    const std::optional<QString> &draftKind)
{
    QList<OpeningLineController::Line> rows = lines;
    if (draftKind) {
        OpeningLineController::Line draft;
        draft.channelKind = *draftKind;
        rows.append(draft);
    }
    setRows(rows);
}

QVariant OpeningLineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpeningLineController::Line &line = *rowAt(index.row());
    const bool draft = line.id == 0;
    switch (role) {
    case Qt::DisplayRole: {
        if (draft)
            return tr("%1 · new line (not saved)").arg(channelKindLabel(line.channelKind));
        const QString text =
            QStringLiteral("%1 · %2 · %3")
                .arg(channelKindLabel(line.channelKind),
                     line.language == QLatin1StringView("en") ? QStringLiteral("EN") : QStringLiteral("中文"),
                     line.title);
        return line.active ? QString(QStringLiteral("★ ") + text) : text;
    }
    case Qt::ToolTipRole:
        if (draft)
            return {};
        return line.active ? tr("In use for %1 with %2: %3")
                                 .arg(channelKindLabel(line.channelKind), lineLanguageLabel(line.language),
                                      line.source)
                           : line.source;
    case LineIdRole:
        return line.id;
    case ChannelKindRole:
        return line.channelKind;
    case LanguageRole:
        return line.language;
    case TitleRole:
        return line.title;
    case SourceRole:
        return line.source;
    case ActiveRole:
        return line.active;
    case VersionRole:
        return line.version;
    case DraftRole:
        return draft;
    default:
        return {};
    }
}

QHash<int, QByteArray> OpeningLineListModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel::roleNames();
    names.insert(LineIdRole, "lineId");
    names.insert(ChannelKindRole, "channelKind");
    names.insert(LanguageRole, "language");
    names.insert(TitleRole, "title");
    names.insert(SourceRole, "source");
    names.insert(ActiveRole, "active");
    names.insert(VersionRole, "version");
    names.insert(DraftRole, "draft");
    return names;
}

} // namespace warmline::sync
