#include "entry/FormTree.h"

#include <QHash>

namespace pardesk {

FormTree::FormTree(const QStringList &codes)
    : m_parent(codes.size(), -1), m_children(codes.size()), m_row(codes.size(), 0)
{
    QHash<QString, int> seen;
    for (int i = 0; i < codes.size(); ++i) {
        QString code = codes[i];
        int parent = -1;
        // Only items listed earlier can be parents: the form lists a heading before its rows.
        for (qsizetype dot = code.lastIndexOf(u'.'); dot > 0 && parent < 0; dot = code.lastIndexOf(u'.')) {
            code.truncate(dot);
            parent = seen.value(code, -1);
        }
        m_parent[i] = parent;
        QList<int> &siblings = parent < 0 ? m_top : m_children[parent];
        m_row[i] = int(siblings.size());
        siblings.append(i);
        seen.insert(codes[i], i);
    }
}

} // namespace pardesk
