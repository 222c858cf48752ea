// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormatPage.h"

#include "ImportWizard.h"
#include "itemmodels/ImportPreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace mentordesk {

namespace {

QString originText(TextEncoding::Origin origin)
{
    switch (origin) {
    case TextEncoding::Origin::ByteOrderMark:
        return FormatPage::tr("detected from the file's byte-order mark");
    case TextEncoding::Origin::ValidUtf8:
        return FormatPage::tr("detected: the text is valid UTF-8");
    case TextEncoding::Origin::Detector:
        return FormatPage::tr("guessed from the text; check the accented letters in the preview");
    case TextEncoding::Origin::Fallback:
        return FormatPage::tr("could not be detected; Windows-1252 is what spreadsheets on Windows write");
    case TextEncoding::Origin::UserChoice:
        return FormatPage::tr("your choice");
    case TextEncoding::Origin::Default:
        break;
    }
    return FormatPage::tr("the default");
}

} // namespace

FormatPage::FormatPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_encodingOrigin(new QLabel(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("First row holds &column names"), this))
    , m_numberStyle(new QComboBox(this))
    , m_dateOrder(new QComboBox(this))
    , m_firstRow(new QSpinBox(this))
    , m_lastRow(new QSpinBox(this))
    , m_message(new QLabel(this))
    , m_previewLayout(new QVBoxLayout)
{
    setTitle(tr("File format"));
    setSubTitle(tr("Check that the preview shows the file's values in the right columns and with the right "
                   "letters; change what was detected if not."));

    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItems(TextEncoding::commonNames());
    m_encodingOrigin->setObjectName(QStringLiteral("encodingOrigin"));
    auto* encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_encodingOrigin, 1);

    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Comma ( , )"), QChar(u','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QChar(u';'));
    m_delimiter->addItem(tr("Tab"), QChar(u'\t'));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QChar(u'|'));
    m_header->setObjectName(QStringLiteral("headerCheck"));

    m_numberStyle->setObjectName(QStringLiteral("numberStyleCombo"));
    m_numberStyle->addItem(tr("Detect from the values"), int(NumberStyle::Auto));
    m_numberStyle->addItem(tr("1,234.56 (decimal point)"), int(NumberStyle::DotDecimal));
    m_numberStyle->addItem(tr("1.234,56 (decimal comma)"), int(NumberStyle::CommaDecimal));
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("Detect from the values"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("Day before month (31/12/2026)"), int(DateOrder::DayMonth));
    m_dateOrder->addItem(tr("Month before day (12/31/2026)"), int(DateOrder::MonthDay));

    constexpr int kMaximumRow = std::numeric_limits<int>::max();
    m_firstRow->setObjectName(QStringLiteral("firstRowSpin"));
    m_firstRow->setRange(1, kMaximumRow);
    m_firstRow->setToolTip(tr("Rows are counted from the first data row; the header row does not count."));
    m_lastRow->setObjectName(QStringLiteral("lastRowSpin"));
    m_lastRow->setRange(0, kMaximumRow);
    m_lastRow->setSpecialValueText(tr("the last row"));
    m_lastRow->setToolTip(m_firstRow->toolTip());
    auto* rowsRow = new QHBoxLayout;
    rowsRow->addWidget(m_firstRow);
    rowsRow->addWidget(new QLabel(tr("to"), this));
    rowsRow->addWidget(m_lastRow);
    rowsRow->addStretch(1);

    // Two columns of settings keep the preview tall enough on a 768-pixel screen.
    auto* left = new QFormLayout;
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    left->addRow(encodingLabel, encodingRow);
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    left->addRow(delimiterLabel, m_delimiter);
    left->addRow(QString(), m_header);
    auto* right = new QFormLayout;
    auto* numberLabel = new QLabel(tr("&Numbers:"), this);
    numberLabel->setBuddy(m_numberStyle);
    right->addRow(numberLabel, m_numberStyle);
    auto* dateLabel = new QLabel(tr("D&ates:"), this);
    dateLabel->setBuddy(m_dateOrder);
    right->addRow(dateLabel, m_dateOrder);
    auto* rowsLabel = new QLabel(tr("&Rows to import:"), this);
    rowsLabel->setBuddy(m_firstRow);
    right->addRow(rowsLabel, rowsRow);
    auto* settings = new QHBoxLayout;
    settings->addLayout(left, 1);
    settings->addSpacing(16);
    settings->addLayout(right, 1);

    m_message->setObjectName(QStringLiteral("formatMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(m_message);
    layout->addLayout(m_previewLayout, 1);

    connect(m_encoding, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        m_wizard->overrides().encoding = TextEncoding::fromName(name);
        reinspect();
    });
    connect(m_delimiter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_wizard->overrides().delimiter = m_delimiter->currentData().toChar();
        reinspect();
    });
    connect(m_header, &QCheckBox::toggled, this, [this](bool checked) {
        m_wizard->overrides().hasHeaderRow = checked;
        reinspect();
    });
    connect(m_numberStyle, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_wizard->options().numberStyle = NumberStyle(m_numberStyle->currentData().toInt()); });
    connect(m_dateOrder, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_wizard->options().dateOrder = DateOrder(m_dateOrder->currentData().toInt()); });
    connect(m_firstRow, qOverload<int>(&QSpinBox::valueChanged), this, &FormatPage::rowsChanged);
    connect(m_lastRow, qOverload<int>(&QSpinBox::valueChanged), this, &FormatPage::rowsChanged);
}

void FormatPage::initializePage()
{
    m_wizard->placePreview(m_previewLayout);
    const ImportOptions& options = m_wizard->options();
    const QSignalBlocker numberBlocker(m_numberStyle);
    const QSignalBlocker dateBlocker(m_dateOrder);
    const QSignalBlocker firstBlocker(m_firstRow);
    const QSignalBlocker lastBlocker(m_lastRow);
    m_numberStyle->setCurrentIndex(std::max(0, m_numberStyle->findData(int(options.numberStyle))));
    m_dateOrder->setCurrentIndex(std::max(0, m_dateOrder->findData(int(options.dateOrder))));
    m_firstRow->setValue(int(std::min<qint64>(options.firstRow, m_firstRow->maximum())));
    m_lastRow->setValue(int(std::min<qint64>(options.lastRow, m_lastRow->maximum())));
    showSource();
    m_encoding->setFocus();
}

bool FormatPage::isComplete() const
{
    const ImportOptions& options = m_wizard->options();
    return m_wizard->source().has_value() && !m_wizard->source()->columnNames.isEmpty() &&
           (options.lastRow == 0 || options.lastRow >= options.firstRow);
}

void FormatPage::reinspect()
{
    QString error;
    if (!m_wizard->inspect(&error))
        m_message->setText(error);
    showSource();
    Q_EMIT completeChanged();
}

void FormatPage::showSource()
{
    const std::optional<ImportSource>& source = m_wizard->source();
    if (!source)
        return;
    m_message->clear();
    const QSignalBlocker encodingBlocker(m_encoding);
    const QSignalBlocker delimiterBlocker(m_delimiter);
    const QSignalBlocker headerBlocker(m_header);
    if (m_encoding->findText(source->encoding.name()) < 0)
        m_encoding->addItem(source->encoding.name());
    m_encoding->setCurrentText(source->encoding.name());
    m_encodingOrigin->setText(originText(source->encoding.origin()));
    int delimiter = m_delimiter->findData(source->dialect.delimiter);
    if (delimiter < 0) {
        m_delimiter->addItem(tr("“%1”").arg(source->dialect.delimiter), source->dialect.delimiter);
        delimiter = m_delimiter->count() - 1;
    }
    m_delimiter->setCurrentIndex(delimiter);
    m_header->setChecked(source->dialect.hasHeaderRow);
    if (source->columnNames.size() == 1)
        m_message->setText(tr("Every row is read as a single column: choose the delimiter that separates the "
                              "file's values."));
}

void FormatPage::rowsChanged()
{
    ImportOptions& options = m_wizard->options();
    options.firstRow = m_firstRow->value();
    options.lastRow = m_lastRow->value();
    if (options.lastRow > 0 && options.lastRow < options.firstRow)
        m_message->setText(tr("The last row comes before the first one: no row would be imported."));
    else
        m_message->clear();
    m_wizard->previewModel()->setImportedRows(options.firstRow, options.lastRow);
    Q_EMIT completeChanged();
}

} // namespace mentordesk
