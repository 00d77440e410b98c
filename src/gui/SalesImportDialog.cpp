#include "gui/SalesImportDialog.h"
#include "ui_SalesImportDialog.h"

#include "gui/Preferences.h"
#include "gui/SalesImportJob.h"
#include "gui/SalesImportPreviewModel.h"
#include "reins/CsvReader.h"
#include "reins/Repositories.h"
#include "reins/SalesImport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QStyle>
#include <QThread>

#include <algorithm>
#include <array>
#include <exception>
#include <string>
#include <vector>

namespace reins::gui {

namespace {

// How much of the file the preview reads, and how many rows it shows.
constexpr qint64 previewBytes = 64 * 1024;
constexpr int previewRows = 20;

const QString settingsGroup = QStringLiteral("salesImport");
const QString lastFolderKey = QStringLiteral("salesImport/lastFolder");

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toUtf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

std::vector<std::string> toStdStrings(const QStringList &list)
{
    std::vector<std::string> result;
    result.reserve(static_cast<std::size_t>(list.size()));
    for (const QString &text : list)
        result.push_back(toUtf8(text));
    return result;
}

QString fieldName(SalesField field)
{
    switch (field) {
    case SalesField::Date:
        return SalesImportDialog::tr("Date");
    case SalesField::Account:
        return SalesImportDialog::tr("Account");
    case SalesField::Product:
        return SalesImportDialog::tr("Product");
    case SalesField::Activity:
        return SalesImportDialog::tr("Activity");
    case SalesField::Amount:
        return SalesImportDialog::tr("Amount");
    case SalesField::Stage:
        return SalesImportDialog::tr("Stage");
    }
    return {};
}

QString separatorPlural(char separator)
{
    switch (separator) {
    case ';':
        return SalesImportDialog::tr("semicolons");
    case '\t':
        return SalesImportDialog::tr("tabs");
    default:
        return SalesImportDialog::tr("commas");
    }
}

QString separatorName(char separator)
{
    switch (separator) {
    case ';':
        return SalesImportDialog::tr("semicolon");
    case '\t':
        return SalesImportDialog::tr("tab");
    default:
        return SalesImportDialog::tr("comma");
    }
}

// Evidence from the preview for the decimal separator: "1.234,56" and "980,00" point to a
// comma, "1,234.56" and "980.00" to a point; "1,234" and "1234" could be either.
std::optional<char> guessDecimalSeparator(const QStringList &amounts)
{
    static const QRegularExpression comma(QStringLiteral("^[+-]?[0-9.]*[0-9],[0-9]{1,2}$"));
    static const QRegularExpression point(QStringLiteral("^[+-]?[0-9,]*[0-9]\\.[0-9]{1,2}$"));
    int commaVotes = 0;
    int pointVotes = 0;
    for (const QString &amount : amounts) {
        commaVotes += comma.match(amount.trimmed()).hasMatch() ? 1 : 0;
        pointVotes += point.match(amount.trimmed()).hasMatch() ? 1 : 0;
    }
    if (commaVotes > 0 && pointVotes == 0)
        return ',';
    if (pointVotes > 0 && commaVotes == 0)
        return '.';
    return std::nullopt;
}

bool parsesAll(const QStringList &dates, DateFormat format)
{
    for (const QString &date : dates) {
        if (!date.trimmed().isEmpty() && !parseDate(toUtf8(date), format))
            return false;
    }
    return true;
}

std::array<QComboBox *, salesFieldCount> columnCombos(Ui::SalesImportDialog &ui)
{
    // In the order of SalesField.
    return {ui.dateColumnCombo,     ui.accountColumnCombo, ui.productColumnCombo,
            ui.activityColumnCombo, ui.amountColumnCombo,  ui.stageColumnCombo};
}

QString layoutSettingsKey(const QString &layoutKey)
{
    return settingsGroup + QStringLiteral("/layouts/") + layoutKey;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

SalesImportDialog::SalesImportDialog(DataStore &store, std::int64_t salespersonId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SalesImportDialog>())
    , m_store(store)
    , m_salespersonId(salespersonId)
{
    m_ui->setupUi(this);

    if (const auto person = m_store.people().find(salespersonId))
        m_salespersonName = fromUtf8(person->name);
    if (!m_salespersonName.isEmpty()) {
        setWindowTitle(tr("Import sales data for %1").arg(m_salespersonName));
        const int stored = m_store.salesRecords().countFor(salespersonId);
        m_ui->introLabel->setText(
            stored == 0
                ? tr("Choose a CSV export of %1's sales. Each row becomes one sales record.")
                      .arg(m_salespersonName)
                : tr("Choose a CSV export of %1's sales. Each row becomes one sales record; "
                     "rows that are already among %1's %2 stored records are skipped.")
                      .arg(m_salespersonName, QLocale().toString(stored)));
    }

    m_preview = new SalesImportPreviewModel(this);
    m_ui->previewView->setModel(m_preview);
    m_ui->previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->previewView->horizontalHeader()->setMinimumSectionSize(80);
    m_ui->previewView->horizontalHeader()->setMaximumSectionSize(320);
    m_ui->previewView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ui->previewView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    setUpOptions();

    m_ui->problemsLabel->hide();
    m_ui->problemList->hide();
    m_ui->progressRow->hide();
    m_ui->resultLabel->hide();
    m_ui->checkLabel->hide();
    m_ui->progressBar->setRange(0, 100);
    // Wide enough for every phase, so the bar does not jump when the text changes.
    int progressTextWidth = 0;
    for (const QString &text :
         {tr("Reading and checking the file…"), tr("Saving the sales records…"), tr("Cancelling…")})
        progressTextWidth = std::max(progressTextWidth, fontMetrics().horizontalAdvance(text));
    m_ui->progressLabel->setMinimumWidth(progressTextWidth + 8);

    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, [this] { loadPreview(); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] { browse(); });
    connect(m_ui->separatorCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingCombos)
            loadPreview();
    });
    for (QComboBox *combo : {m_ui->decimalCombo, m_ui->dateFormatCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingCombos)
                optionsChanged();
        });
    }
    connect(m_ui->currencyCombo, &QComboBox::editTextChanged, this, [this](const QString &text) {
        // Currency codes are upper case; fix it while the person types.
        if (text != text.toUpper()) {
            const int cursor = m_ui->currencyCombo->lineEdit()->cursorPosition();
            m_ui->currencyCombo->setEditText(text.toUpper());
            m_ui->currencyCombo->lineEdit()->setCursorPosition(cursor);
            return;
        }
        if (!m_updatingCombos)
            optionsChanged();
    });
    for (QComboBox *combo :
         {m_ui->dateColumnCombo, m_ui->accountColumnCombo, m_ui->productColumnCombo,
          m_ui->activityColumnCombo, m_ui->amountColumnCombo, m_ui->stageColumnCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_updatingCombos)
                return;
            // A newly chosen date or amount column may show which formats the file uses.
            m_updatingCombos = true;
            guessFormatsFromPreview();
            m_updatingCombos = false;
            mappingChanged();
        });
    }
    connect(m_importButton, &QPushButton::clicked, this, [this] { startImport(); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { cancelImport(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SalesImportDialog::reject);

    loadPreview();
    m_ui->pathEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(920, 760)));
}

SalesImportDialog::~SalesImportDialog()
{
    // The worker uses the store and this dialog's job; it must end before they go.
    if (m_thread) {
        m_job->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void SalesImportDialog::setUpOptions()
{
    m_updatingCombos = true;
    m_ui->separatorCombo->addItem(tr("Detect"), 0);
    m_ui->separatorCombo->addItem(tr("Comma"), static_cast<int>(','));
    m_ui->separatorCombo->addItem(tr("Semicolon"), static_cast<int>(';'));
    m_ui->separatorCombo->addItem(tr("Tab"), static_cast<int>('\t'));

    m_ui->decimalCombo->addItem(tr("Point (1,234.56)"), static_cast<int>('.'));
    m_ui->decimalCombo->addItem(tr("Comma (1.234,56)"), static_cast<int>(','));

    for (const DateFormat format :
         {DateFormat::Iso, DateFormat::DayMonthYearDots, DateFormat::DayMonthYearSlashes,
          DateFormat::MonthDayYearSlashes})
        m_ui->dateFormatCombo->addItem(fromUtf8(displayName(format)), static_cast<int>(format));

    for (const char *code : {"EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK"})
        m_ui->currencyCombo->addItem(QString::fromLatin1(code));
    // Files without a remembered layout are most likely in this machine's currency.
    const QString preferred = loadPreferences().currency;
    if (m_ui->currencyCombo->findText(preferred) < 0)
        m_ui->currencyCombo->insertItem(0, preferred);
    m_ui->currencyCombo->setCurrentIndex(m_ui->currencyCombo->findText(preferred));
    m_ui->currencyCombo->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_ui->currencyCombo));
    m_ui->currencyCombo->setToolTip(tr("The three-letter code of the amounts' currency"));
    m_updatingCombos = false;
}

void SalesImportDialog::setFilePath(const QString &path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

QString SalesImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
}

QString SalesImportDialog::fileStatusText() const
{
    return m_ui->fileStatusLabel->text();
}

QString SalesImportDialog::resultText() const
{
    return m_ui->resultLabel->isHidden() ? QString() : m_ui->resultLabel->text();
}

QStringList SalesImportDialog::problemTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_ui->problemList->count(); ++row)
        texts << m_ui->problemList->item(row)->text();
    return texts;
}

void SalesImportDialog::browse()
{
    QString folder = QFileInfo(filePath()).absolutePath();
    if (filePath().isEmpty())
        folder = QSettings().value(lastFolderKey, QDir::homePath()).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a CSV file with sales data"), folder,
                                     tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    setFilePath(path);
}

char SalesImportDialog::chosenSeparator() const
{
    const int chosen = m_ui->separatorCombo->currentData().toInt();
    return chosen == 0 ? m_detectedSeparator : static_cast<char>(chosen);
}

void SalesImportDialog::showPreviewMessage(const QString &message, bool problem)
{
    m_ui->fileStatusLabel->setText(message);
    m_ui->fileStatusLabel->setStyleSheet(problem ? QStringLiteral("color: #b91c1c;") : QString());
}

void SalesImportDialog::loadPreview()
{
    m_fileUsable = false;
    clearProblems();
    m_ui->resultLabel->hide();
    const QString path = filePath();
    const QString name = QFileInfo(path).fileName();

    const auto showNothing = [this](const QString &message, bool problem) {
        m_preview->clear();
        m_layoutKey.clear();
        refreshMappingCombos();
        showPreviewMessage(message, problem);
        validate();
    };

    if (path.isEmpty())
        return showNothing(QString(), false);
    const QFileInfo info(path);
    if (!info.exists())
        return showNothing(tr("There is no file at this path."), true);
    if (info.isDir())
        return showNothing(tr("This is a folder. Choose a CSV file."), true);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showNothing(tr("“%1” cannot be read: %2.").arg(name, file.errorString()), true);
    QByteArray sample = file.read(previewBytes);
    const bool whole = file.atEnd();
    if (!whole) {
        // Only whole lines, so the preview never ends in half a row or half a character.
        const auto lastLineEnd = sample.lastIndexOf('\n');
        if (lastLineEnd > 0)
            sample.truncate(lastLineEnd + 1);
    }
    const std::string_view text(sample.constData(), static_cast<std::size_t>(sample.size()));

    m_detectedSeparator = detectSeparator(text);
    m_updatingCombos = true;
    m_ui->separatorCombo->setItemText(
        0, tr("Detect (found: %1)").arg(separatorName(m_detectedSeparator)));
    m_updatingCombos = false;

    std::vector<CsvRow> rows;
    try {
        rows = readCsv(text, chosenSeparator());
    } catch (const std::exception &error) {
        return showNothing(
            tr("“%1” cannot be read as CSV: %2.").arg(name, QString::fromUtf8(error.what())), true);
    }
    if (!whole && rows.size() > 1)
        rows.pop_back(); // a quoted line break may still have cut the last row
    if (rows.empty())
        return showNothing(tr("“%1” is empty. Choose a file with a header row and rows of "
                              "sales data.")
                               .arg(name),
                           true);

    QStringList header;
    for (const auto &field : rows.front().fields)
        header << fromUtf8(field);
    QList<SalesImportPreviewModel::Row> shown;
    for (std::size_t index = 1; index < rows.size() && shown.size() < previewRows; ++index) {
        SalesImportPreviewModel::Row row;
        row.line = rows[index].line;
        for (const auto &field : rows[index].fields)
            row.fields << fromUtf8(field);
        shown << row;
    }
    m_preview->setContent(header, shown);

    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(headerSignature(toStdStrings(header))),
                                 QCryptographicHash::Sha1)
            .toHex());
    if (key != m_layoutKey) {
        m_layoutKey = key;
        refreshMappingCombos();
        applyRememberedOrGuessedOptions();
    }

    const QLocale locale;
    const int dataRows = static_cast<int>(rows.size()) - 1;
    if (const int badLine = firstLineNotUtf8(text); badLine != 0) {
        showPreviewMessage(tr("“%1” is not UTF-8 text (line %2 is the first that is not). Save "
                              "it as UTF-8, for example as “CSV UTF-8” in Excel, and choose it "
                              "again.")
                               .arg(name)
                               .arg(badLine),
                           true);
    } else if (whole && dataRows == 0) {
        showPreviewMessage(tr("“%1” has a header row but no rows of sales data.").arg(name), true);
    } else if (header.size() < 2) {
        m_fileUsable = true;
        showPreviewMessage(tr("Only one column was found. Choose the separator the file uses."),
                           true);
    } else {
        m_fileUsable = true;
        const bool detected = m_ui->separatorCombo->currentData().toInt() == 0;
        const QString columns = (detected ? tr("%1 columns separated by %2 (detected)")
                                          : tr("%1 columns separated by %2"))
                                    .arg(header.size())
                                    .arg(separatorPlural(chosenSeparator()));
        showPreviewMessage(
            whole ? tr("%1 rows of sales data in %2.").arg(locale.toString(dataRows), columns)
                  : tr("%1; the preview shows the first %2 rows.").arg(columns).arg(previewRows),
            false);
    }
    mappingChanged();
    m_ui->previewView->resizeColumnsToContents();
}

void SalesImportDialog::refreshMappingCombos()
{
    m_updatingCombos = true;
    const QStringList &header = m_preview->header();
    for (QComboBox *combo :
         {m_ui->dateColumnCombo, m_ui->accountColumnCombo, m_ui->productColumnCombo,
          m_ui->activityColumnCombo, m_ui->amountColumnCombo, m_ui->stageColumnCombo}) {
        combo->clear();
        combo->addItem(tr("— not in the file —"), -1);
        for (int column = 0; column < header.size(); ++column) {
            const QString name = header.at(column).trimmed();
            combo->addItem(name.isEmpty() ? tr("Column %1").arg(column + 1) : name, column);
        }
        combo->setEnabled(!header.isEmpty());
    }
    m_updatingCombos = false;
}

void SalesImportDialog::applyRememberedOrGuessedOptions()
{
    const auto combos = columnCombos(*m_ui);
    const QVariantMap remembered = QSettings().value(layoutSettingsKey(m_layoutKey)).toMap();
    const QVariantList columns = remembered.value(QStringLiteral("columns")).toList();

    m_updatingCombos = true;
    if (columns.size() == salesFieldCount) {
        for (int field = 0; field < salesFieldCount; ++field)
            selectData(combos[static_cast<std::size_t>(field)], columns.at(field).toInt());
        selectData(m_ui->decimalCombo, remembered.value(QStringLiteral("decimal")).toInt());
        selectData(m_ui->dateFormatCombo, remembered.value(QStringLiteral("dateFormat")).toInt());
        const QString currency = remembered.value(QStringLiteral("currency")).toString();
        if (!currency.isEmpty())
            m_ui->currencyCombo->setEditText(currency);
    } else {
        const ColumnMapping guess = guessMapping(toStdStrings(m_preview->header()));
        for (int field = 0; field < salesFieldCount; ++field) {
            const auto column = guess.columns[static_cast<std::size_t>(field)];
            selectData(combos[static_cast<std::size_t>(field)], column ? *column : -1);
        }
        guessFormatsFromPreview();
    }
    m_updatingCombos = false;
}

void SalesImportDialog::guessFormatsFromPreview()
{
    const auto valuesOf = [this](QComboBox *combo) {
        QStringList values;
        const int column = combo->currentData().toInt();
        if (column < 0)
            return values;
        for (const auto &row : m_preview->rows()) {
            if (column < row.fields.size() && !row.fields.at(column).trimmed().isEmpty())
                values << row.fields.at(column);
        }
        return values;
    };

    const QStringList dates = valuesOf(m_ui->dateColumnCombo);
    const auto currentFormat =
        static_cast<DateFormat>(m_ui->dateFormatCombo->currentData().toInt());
    if (!dates.isEmpty() && !parsesAll(dates, currentFormat)) {
        // The first format that reads every date; DD/MM before MM/DD when both would.
        for (const DateFormat format :
             {DateFormat::Iso, DateFormat::DayMonthYearDots, DateFormat::DayMonthYearSlashes,
              DateFormat::MonthDayYearSlashes}) {
            if (parsesAll(dates, format)) {
                selectData(m_ui->dateFormatCombo, static_cast<int>(format));
                break;
            }
        }
    }
    if (const auto decimal = guessDecimalSeparator(valuesOf(m_ui->amountColumnCombo)))
        selectData(m_ui->decimalCombo, static_cast<int>(*decimal));
}

void SalesImportDialog::rememberOptions() const
{
    if (m_layoutKey.isEmpty())
        return;
    QVariantList columns;
    for (QComboBox *combo : columnCombos(*m_ui))
        columns << combo->currentData().toInt();
    QVariantMap remembered;
    remembered.insert(QStringLiteral("columns"), columns);
    remembered.insert(QStringLiteral("decimal"), m_ui->decimalCombo->currentData());
    remembered.insert(QStringLiteral("dateFormat"), m_ui->dateFormatCombo->currentData());
    remembered.insert(QStringLiteral("currency"), m_ui->currencyCombo->currentText());
    QSettings().setValue(layoutSettingsKey(m_layoutKey), remembered);
}

void SalesImportDialog::mappingChanged()
{
    const auto combos = columnCombos(*m_ui);
    QStringList fields(m_preview->columnCount(), QString());
    for (int field = 0; field < salesFieldCount; ++field) {
        const int column = combos[static_cast<std::size_t>(field)]->currentData().toInt();
        if (column >= 0 && column < fields.size()) {
            QString &name = fields[column];
            name = name.isEmpty()
                       ? fieldName(static_cast<SalesField>(field))
                       : tr("%1, %2").arg(name, fieldName(static_cast<SalesField>(field)));
        }
    }
    m_preview->setColumnFields(fields);
    optionsChanged();
}

void SalesImportDialog::optionsChanged()
{
    clearProblems();
    validate();
}

void SalesImportDialog::validate()
{
    QStringList blockers;
    QStringList warnings;
    const bool hasFile = !m_preview->header().isEmpty();
    if (m_fileUsable) {
        if (m_ui->dateColumnCombo->currentData().toInt() < 0)
            blockers << tr("Choose the column that holds the date.");
        if (m_ui->amountColumnCombo->currentData().toInt() < 0)
            blockers << tr("Choose the column that holds the amount.");
        if (m_ui->currencyCombo->currentText().size() != 3)
            blockers << tr("Enter the three-letter code of the currency, such as EUR.");
    }

    // What the current options make of the preview rows, before anything is imported.
    SalesImportPreviewModel::CellProblems cellProblems;
    if (m_fileUsable && blockers.isEmpty() && !m_preview->rows().isEmpty()) {
        const int dateColumn = m_ui->dateColumnCombo->currentData().toInt();
        const int amountColumn = m_ui->amountColumnCombo->currentData().toInt();
        const auto format = static_cast<DateFormat>(m_ui->dateFormatCombo->currentData().toInt());
        const QString formatName = m_ui->dateFormatCombo->currentText();
        const char decimal = static_cast<char>(m_ui->decimalCombo->currentData().toInt());
        const char group = decimal == ',' ? '.' : ',';
        int badDates = 0;
        int badAmounts = 0;
        const auto &rows = m_preview->rows();
        for (int index = 0; index < rows.size(); ++index) {
            const QStringList &fields = rows.at(index).fields;
            if (fields.size() != m_preview->header().size())
                continue; // already marked as a row of the wrong length
            if (!parseDate(toUtf8(fields.at(dateColumn)), format)) {
                ++badDates;
                cellProblems.insert({index, dateColumn},
                                    tr("Not a date in the format %1").arg(formatName));
            }
            if (!parseAmount(toUtf8(fields.at(amountColumn).trimmed()), decimal, group)) {
                ++badAmounts;
                cellProblems.insert(
                    {index, amountColumn},
                    tr("Not an amount with “%1” as decimal separator").arg(QLatin1Char(decimal)));
            }
        }
        const auto shown = rows.size();
        if (badDates == 1)
            warnings << tr("1 of the %1 rows shown has a date that is not in the format %2.")
                            .arg(shown)
                            .arg(formatName);
        else if (badDates > 1)
            warnings << tr("%1 of the %2 rows shown have a date that is not in the format %3.")
                            .arg(badDates)
                            .arg(shown)
                            .arg(formatName);
        if (badAmounts == 1)
            warnings << tr("1 of the %1 rows shown has an amount that cannot be read with the "
                           "decimal separator chosen.")
                            .arg(shown);
        else if (badAmounts > 1)
            warnings << tr("%1 of the %2 rows shown have an amount that cannot be read with the "
                           "decimal separator chosen.")
                            .arg(badAmounts)
                            .arg(shown);
    }
    m_preview->setCellProblems(cellProblems);

    const QStringList messages = blockers + warnings;
    m_ui->checkLabel->setText(messages.join(QLatin1Char(' ')));
    m_ui->checkLabel->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_ui->checkLabel->setVisible(!messages.isEmpty());
    m_importButton->setEnabled(hasFile && m_fileUsable && blockers.isEmpty() && !isImporting());
}

void SalesImportDialog::startImport()
{
    if (!m_importButton->isEnabled() || isImporting())
        return;
    rememberOptions();

    SalesImportOptions options;
    options.salespersonId = m_salespersonId;
    options.separator = chosenSeparator();
    options.decimalSeparator = static_cast<char>(m_ui->decimalCombo->currentData().toInt());
    options.dateFormat = static_cast<DateFormat>(m_ui->dateFormatCombo->currentData().toInt());
    options.currency = toUtf8(m_ui->currencyCombo->currentText());
    const auto combos = columnCombos(*m_ui);
    for (int field = 0; field < salesFieldCount; ++field) {
        const int column = combos[static_cast<std::size_t>(field)]->currentData().toInt();
        if (column >= 0)
            options.mapping.columns[static_cast<std::size_t>(field)] = column;
    }

    clearProblems();
    m_ui->resultLabel->hide();
    // The worker writes through a connection of its own, so nothing this window or another
    // saves meanwhile can end up inside (or be rolled back with) the import's transaction.
    std::shared_ptr<DataStore> connection;
    try {
        connection = m_store.openSecondConnection();
    } catch (const std::exception &error) {
        SalesImportOutcome failed;
        failed.status = SalesImportOutcome::Status::Failed;
        failed.failure = tr("The import could not start: %1. Nothing was imported.")
                             .arg(QString::fromUtf8(error.what()));
        finishImport(failed);
        return;
    }
    m_job = std::make_shared<SalesImportJob>(*connection, filePath(), std::move(options));
    auto outcome = std::make_shared<SalesImportOutcome>();
    m_thread = QThread::create([this, job = m_job, connection, outcome] {
        try {
            *outcome = job->run([this](SalesImportJob::Phase phase, int percent) {
                QMetaObject::invokeMethod(
                    this,
                    [this, phase, percent] { showProgress(static_cast<int>(phase), percent); },
                    Qt::QueuedConnection);
            });
        } catch (const std::exception &error) {
            outcome->status = SalesImportOutcome::Status::Failed;
            outcome->failure = SalesImportDialog::tr("The import failed: %1. Nothing was imported.")
                                   .arg(QString::fromUtf8(error.what()));
        }
    });
    m_thread->setObjectName(QStringLiteral("Sales import"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        m_job.reset();
        finishImport(*outcome);
    });
    setBusy(true);
    showProgress(static_cast<int>(SalesImportJob::Phase::Reading), 0);
    m_thread->start();
}

void SalesImportDialog::cancelImport()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_ui->progressLabel->setText(tr("Cancelling…"));
    m_ui->cancelButton->setEnabled(false);
}

void SalesImportDialog::showProgress(int phase, int percent)
{
    if (!isImporting() || m_job->cancelRequested())
        return;
    m_ui->progressLabel->setText(phase == static_cast<int>(SalesImportJob::Phase::Reading)
                                     ? tr("Reading and checking the file…")
                                     : tr("Saving the sales records…"));
    m_ui->progressBar->setValue(percent);
}

void SalesImportDialog::setBusy(bool busy)
{
    m_ui->optionsWidget->setEnabled(!busy);
    m_ui->pathEdit->setEnabled(!busy);
    m_ui->browseButton->setEnabled(!busy);
    m_ui->progressRow->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->progressBar->setValue(0);
    if (busy)
        m_ui->cancelButton->setFocus();
    validate();
}

void SalesImportDialog::finishImport(const SalesImportOutcome &outcome)
{
    setBusy(false);
    const QLocale locale;
    switch (outcome.status) {
    case SalesImportOutcome::Status::Imported: {
        const int already = outcome.recordsInFile - outcome.added;
        QString text;
        if (outcome.added == 0) {
            text = already == 1
                       ? tr("No new sales records: the one record in the file was already there.")
                       : tr("No new sales records: all %1 records in the file were already there.")
                             .arg(locale.toString(already));
        } else {
            const QString imported =
                outcome.added == 1
                    ? tr("Imported 1 new sales record")
                    : tr("Imported %1 new sales records").arg(locale.toString(outcome.added));
            if (already == 0)
                text = tr("%1.").arg(imported);
            else if (already == 1)
                text = tr("%1 (1 was already there).").arg(imported);
            else
                text = tr("%1 (%2 were already there).").arg(imported, locale.toString(already));
        }
        m_addedAnything = m_addedAnything || outcome.added > 0;
        showResult(text, false);
        if (outcome.added > 0)
            emit salesImported(outcome.added);
        break;
    }
    case SalesImportOutcome::Status::Problems: {
        const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (const ImportProblem &problem : outcome.problems) {
            QString message = fromUtf8(problem.message);
            if (problem.line > 0) {
                message = tr("Line %1: %2").arg(problem.line).arg(message);
            } else if (!message.isEmpty()) {
                message[0] = message[0].toUpper();
            }
            auto *item = new QListWidgetItem(warningIcon, message, m_ui->problemList);
            item->setData(Qt::UserRole, problem.line);
        }
        const auto count = static_cast<int>(outcome.problems.size());
        QString summary = count == 1
                              ? tr("Nothing was imported: the file has a problem. Fix it in "
                                   "the file or in the options above, then import again.")
                              : tr("Nothing was imported: the file has %1 problems. Fix them "
                                   "in the file or in the options above, then import again.")
                                    .arg(locale.toString(count));
        if (outcome.problemListTruncated)
            summary += QLatin1Char(' ') + tr("Only the first %1 are listed.").arg(count);
        m_ui->problemsLabel->setText(summary);
        m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_ui->problemsLabel->show();
        m_ui->problemList->show();
        break;
    }
    case SalesImportOutcome::Status::Cancelled:
        showResult(tr("The import was cancelled. Nothing was stored."), false);
        break;
    case SalesImportOutcome::Status::Failed:
        showResult(outcome.failure, true);
        break;
    }
    if (!m_salespersonName.isEmpty() && outcome.status == SalesImportOutcome::Status::Imported) {
        m_ui->introLabel->setText(
            tr("Choose a CSV export of %1's sales. Each row becomes one sales record; rows that "
               "are already among %1's %2 stored records are skipped.")
                .arg(m_salespersonName,
                     locale.toString(m_store.salesRecords().countFor(m_salespersonId))));
    }
    emit importFinished();
}

void SalesImportDialog::clearProblems()
{
    m_ui->problemList->clear();
    m_ui->problemsLabel->hide();
    m_ui->problemList->hide();
}

void SalesImportDialog::showResult(const QString &text, bool problem)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(problem ? QStringLiteral("color: #b91c1c;")
                                             : QStringLiteral("font-weight: bold;"));
    m_ui->resultLabel->setVisible(!text.isEmpty());
}

void SalesImportDialog::reject()
{
    // Closing while importing would leave the worker writing; cancel instead, visibly.
    if (isImporting()) {
        cancelImport();
        return;
    }
    done(m_addedAnything ? QDialog::Accepted : QDialog::Rejected);
}

} // namespace reins::gui
