#include "gui/PrepUpskillingPage.h"
#include "ui_PrepUpskillingPage.h"

#include "gui/PartEditor.h"
#include "gui/PrepPageSupport.h"
#include "gui/PrepParts.h"
#include "gui/QtConvert.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"

#include <QHeaderView>
#include <QTableView>

#include <map>

namespace reins::gui {

PrepUpskillingPage::PrepUpskillingPage(SessionDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrepUpskillingPage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setUpPageTitle(m_ui->titleLabel);
    setUpGuidance(m_ui->guidanceLabel);
    // The title is typed first; the kind starts as reading and is changed if need be.
    m_ui->partEditor->setPart(document, upskillingPart(), tr("&Add what I did"), 1);
    m_ui->partEditor->view()->horizontalHeader()->resizeSection(
        1, fontMetrics().averageCharWidth() * 30);
    refreshWhenShown(this, document, [this] { refresh(); });
    refresh();
}

PrepUpskillingPage::~PrepUpskillingPage() = default;

PartEditor *PrepUpskillingPage::editor() const
{
    return m_ui->partEditor;
}

QString PrepUpskillingPage::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void PrepUpskillingPage::refresh()
{
    const auto &entries = m_document.state().prep.upskilling;
    if (entries.empty()) {
        m_ui->summaryLabel->setText(tr("Nothing listed yet. Even a short article counts."));
        return;
    }
    std::map<UpskillingKind, int> kinds;
    int withoutLearning = 0;
    for (const Upskilling &entry : entries) {
        ++kinds[entry.kind];
        withoutLearning += entry.learned.find_first_not_of(" \t\r\n") == std::string::npos ? 1 : 0;
    }
    QStringList parts;
    for (const auto &[kind, count] : kinds)
        parts << QStringLiteral("%1 \u00d7 %2").arg(count).arg(upskillingKindName(kind).toLower());
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (withoutLearning > 0)
        text +=
            QLatin1Char(' ') +
            (withoutLearning == 1
                 ? tr("One entry still says nothing about what I learned.")
                 : tr("%1 entries still say nothing about what I learned.").arg(withoutLearning));
    m_ui->summaryLabel->setText(text);
}

} // namespace reins::gui
