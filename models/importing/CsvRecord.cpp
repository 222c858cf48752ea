// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvRecord.h"

namespace mentordesk {

QStringView CsvRecord::field(int index) const
{
    if (index < 0 || index >= m_fieldEnds.size())
        return {};
    const qsizetype begin = index == 0 ? 0 : m_fieldEnds.at(index - 1);
    return QStringView(m_text).mid(begin, m_fieldEnds.at(index) - begin);
}

QStringList CsvRecord::fields() const
{
    QStringList values;
    values.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        values << field(i).toString();
    return values;
}

void CsvRecord::reset()
{
    // resize(0) and clear() keep the allocations, which the next record reuses.
    m_text.resize(0);
    m_fieldEnds.clear();
    m_issues.clear();
    m_lineNumber = 0;
    m_recordNumber = 0;
}

} // namespace mentordesk
