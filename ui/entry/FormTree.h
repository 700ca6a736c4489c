#pragma once
// The hierarchy of a form's items, read from their codes: 3.3.1.2 sits under 3.3.1, under 3.3,
// under 3. An item whose parent code the form lacks sits under the nearest ancestor it has.

#include <QList>
#include <QStringList>

namespace pardesk {

class FormTree {
public:
    FormTree() = default;
    explicit FormTree(const QStringList &codes); // in the form's order

    int parentOf(int item) const { return m_parent[item]; } // -1 at the top level
    const QList<int> &childrenOf(int item) const { return item < 0 ? m_top : m_children[item]; }
    int rowOf(int item) const { return m_row[item]; }
    int size() const { return int(m_parent.size()); }

private:
    QList<int> m_parent;
    QList<QList<int>> m_children;
    QList<int> m_top;
    QList<int> m_row;
};

} // namespace pardesk
