#pragma once

#include <optional>
#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace warmline::sync {

// Rows that each carry a stable key (an id), in the order the server gives them. setRows() applies
// only what differs — removals, moves, insertions, dataChanged — so a view keeps its current row,
// selection and scroll position across a refresh, and a row a colleague just changed is the only
// one repainted. Rows compare with ==. Subclasses add columns, data() and the way they read
// their rows.
template<typename Row>
class KeyedListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const Row *rowAt(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this ? rowAt(index.row()) : nullptr;
    }
    int rowOfKey(qint64 key) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (keyOf(m_rows.at(row)) == key)
                return row;
        }
        return -1;
    }
    QModelIndex indexOfKey(qint64 key, int column = 0) const
    {
        const int row = rowOfKey(key);
        return row >= 0 ? index(row, column) : QModelIndex();
    }

    void clear() { setRows({}); }

protected:
    virtual qint64 keyOf(const Row &row) const = 0;

    void setRows(const QList<Row> &rows)
    {
        QSet<qint64> wanted;
        for (const Row &row : rows)
            wanted.insert(keyOf(row));
        // Gone rows first, in contiguous runs from the bottom, so the rows above keep their numbers.
        for (int last = int(m_rows.size()) - 1; last >= 0;) {
            if (wanted.contains(keyOf(m_rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !wanted.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
        if (m_rows.isEmpty() && !rows.isEmpty()) {
            beginInsertRows({}, 0, int(rows.size()) - 1);
            m_rows = rows;
            endInsertRows();
            return;
        }
        for (int row = 0; row < rows.size(); ++row) {
            const qint64 key = keyOf(rows.at(row));
            if (row < m_rows.size() && keyOf(m_rows.at(row)) == key) {
                updateRow(row, rows.at(row));
                continue;
            }
            int from = -1;
            for (int i = row + 1; i < m_rows.size(); ++i) {
                if (keyOf(m_rows.at(i)) == key) {
                    from = i;
                    break;
                }
            }
            if (from >= 0) {
                beginMoveRows({}, from, from, {}, row);
                m_rows.move(from, row);
                endMoveRows();
                updateRow(row, rows.at(row));
            } else {
                beginInsertRows({}, row, row);
                m_rows.insert(row, rows.at(row));
                endInsertRows();
            }
        }
        // Only a caller giving the same key twice leaves rows over.
        if (m_rows.size() > rows.size()) {
            beginRemoveRows({}, int(rows.size()), int(m_rows.size()) - 1);
            m_rows.resize(rows.size());
            endRemoveRows();
        }
    }

    // Every row's text for one role changed (e.g. a clock moved on).
    void allRowsChanged(const QList<int> &roles)
    {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1), roles);
    }

private:
    void updateRow(int row, const Row &value)
    {
        if (m_rows.at(row) == value)
            return;
        m_rows[row] = value;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    QList<Row> m_rows;
};

} // namespace warmline::sync
