#include "gui/PrepFactorsPage.h"
#include "ui_PrepFactorsPage.h"

#include "gui/PartEditor.h"
#include "gui/PrepPageSupport.h"
#include "gui/PrepParts.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"

namespace reins::gui {

PrepFactorsPage::PrepFactorsPage(SessionDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrepFactorsPage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setUpPageTitle(m_ui->titleLabel);
    setUpGuidance(m_ui->guidanceLabel);
    m_ui->partEditor->setPart(document, factorsPart(), tr("&Add factor"));
    refreshWhenShown(this, document, [this] { refresh(); });
    refresh();
}

PrepFactorsPage::~PrepFactorsPage() = default;

PartEditor *PrepFactorsPage::editor() const
{
    return m_ui->partEditor;
}

QString PrepFactorsPage::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void PrepFactorsPage::refresh()
{
    int helped = 0;
    int hurt = 0;
    int influence = 0;
    for (const Factor &factor : m_document.state().prep.factors) {
        (factor.effect == FactorEffect::Helped ? helped : hurt) += 1;
        influence += factor.withinInfluence ? 1 : 0;
    }
    if (helped + hurt == 0) {
        m_ui->summaryLabel->setText(
            tr("Add what helped and what hurt: a new product, a lost key account, the time I "
               "spent on admin."));
        return;
    }
    m_ui->summaryLabel->setText(
        tr("%1 helped, %2 hurt; %3 within my influence.").arg(helped).arg(hurt).arg(influence));
}

} // namespace reins::gui
