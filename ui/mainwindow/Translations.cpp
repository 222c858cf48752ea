// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mentordesk {

void installTranslators(QCoreApplication& app)
{
    const auto install = [&app](const QLocale& locale, const QString& name, const QString& folder) {
        auto* translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    // Translators installed later are searched first.
    install(QLocale(QLocale::English), QStringLiteral("mentordesk"), QStringLiteral(":/i18n"));
    install(QLocale(), QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (QLocale().language() != QLocale::English)
        install(QLocale(), QStringLiteral("mentordesk"), QStringLiteral(":/i18n"));
}

} // namespace mentordesk
