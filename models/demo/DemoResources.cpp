// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoResources.h"

#include "DemoVocabulary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mentordesk::demo {

namespace {

struct DemoLink {
    const char* title;
    const char* kind;
    const char* category;
    const char* tags;
    const char* url;
};

// Plausible seller-help pages of a marketplace; example.org, so nothing real is ever fetched.
constexpr DemoLink kLinks[] = {
    {"Seller help: listing photos that sell", "document", "Listings", "photos, listing quality",
     "https://sellers.example.org/help/listing-photos"},
    {"Seller help: shipping settings and delivery promises", "checklist", "Operations", "shipping, policies",
     "https://sellers.example.org/help/shipping-settings"},
    {"Seller help: responding to reviews", "document", "Customer service", "reviews, csat",
     "https://sellers.example.org/help/review-responses"},
    {"Seller forum: first-sale stories", "link", "Community", "first sale",
     "https://community.example.org/forum/first-sale"},
};

constexpr const char* kPlaybook =
    "# Pricing review playbook\n"
    "\n"
    "Use this between the 30- and 60-day checkpoints.\n"
    "\n"
    "1. Export the last 90 days of orders from the seller dashboard.\n"
    "2. Compare each top listing's price with the category median in the benchmark file.\n"
    "3. For listings more than 15% above the median, check photos and titles first: a better\n"
    "   listing can justify the price.\n"
    "4. Agree one price test per week and note the result in the next touchpoint.\n";

/// One row per demo category: the figures the demo's sellers are generated around.
QByteArray benchmarkCsv()
{
    QByteArray csv = "category,median_order_value,return_rate,repeat_purchase_rate,inventory_turnover\n";
    for (const Category& category : kCategories) {
        csv += QByteArray("\"") + category.name + "\"," + QByteArray::number(category.orderValue, 'f', 2) + ',' +
               QByteArray::number(category.returnRate, 'f', 3) + ',' + QByteArray::number(category.repeatRate, 'f', 3) +
               ',' + QByteArray::number(category.turnover, 'f', 1) + '\n';
    }
    return csv;
}

bool run(QSqlQuery& query, const QVariantList& values, QString* error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

bool writeDemoResources(QSqlDatabase& db, const QString& createdUtc, QString* error)
{
    QSqlQuery resource(db);
    resource.prepare(QStringLiteral("INSERT INTO resources(id, title, kind, category, tags, url, file_name, mime_type, "
                                    "size_bytes, content, created_utc, updated_utc) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int id = 0;
    for (const DemoLink& link : kLinks) {
        if (!run(resource,
                 {++id, QString::fromUtf8(link.title), QLatin1String(link.kind), QString::fromUtf8(link.category),
                  QString::fromUtf8(link.tags), QLatin1String(link.url), QVariant(), QVariant(), QVariant(), QVariant(),
                  createdUtc, createdUtc},
                 error))
            return false;
    }
    const QByteArray csv = benchmarkCsv();
    const QByteArray playbook(kPlaybook);
    if (!run(resource,
             {++id, QStringLiteral("Category benchmarks"), QStringLiteral("benchmark"), QStringLiteral("Pricing"),
              QStringLiteral("median, returns, repeat purchases"), QVariant(),
              QStringLiteral("category-benchmarks.csv"), QStringLiteral("text/csv"), csv.size(), csv, createdUtc,
              createdUtc},
             error) ||
        !run(resource,
             {++id, QStringLiteral("Pricing review playbook"), QStringLiteral("playbook"), QStringLiteral("Pricing"),
              QStringLiteral("pricing, weekly test"), QVariant(), QStringLiteral("pricing-review.md"),
              QStringLiteral("text/markdown"), playbook.size(), playbook, createdUtc, createdUtc},
             error))
        return false;

    // Template items: 2 = top ten listings' photos, 4 = review responses, 5 = prices against the
    // category median (kTemplateItems order).
    QSqlQuery attachment(db);
    attachment.prepare(
        QStringLiteral("INSERT INTO resource_attachments(resource_id, checklist_template_item_id) VALUES (?, ?)"));
    for (const auto& [resourceId, itemId] : {std::pair{1, 2}, std::pair{3, 4}, std::pair{5, 5}, std::pair{6, 5}}) {
        if (!run(attachment, {resourceId, itemId}, error))
            return false;
    }
    return true;
}

} // namespace mentordesk::demo
