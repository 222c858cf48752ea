// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableSpec.h"

namespace mentordesk {

int TableSpec::fieldIndex(const QString& key) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).key == key)
            return i;
    }
    return -1;
}

const FieldSpec* TableSpec::field(const QString& key) const
{
    const int index = fieldIndex(key);
    return index < 0 ? nullptr : &fields.at(index);
}

} // namespace mentordesk
