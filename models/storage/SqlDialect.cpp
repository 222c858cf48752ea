// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlDialect.h"

#include "SqliteDialect.h"

namespace mentordesk {

std::unique_ptr<SqlDialect> SqlDialect::forDriver(const QString& driverName)
{
    if (driverName == QLatin1String("QSQLITE"))
        return std::make_unique<SqliteDialect>();
    return nullptr;
}

} // namespace mentordesk
