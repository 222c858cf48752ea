// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bytes of a fixture file from tests/data/csv/, for the import-core suites.

#include <QByteArray>
#include <QFile>
#include <QString>

inline QByteArray csvFixture(const QString& name)
{
    QFile file(QStringLiteral(MENTORDESK_TEST_DATA "/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}
