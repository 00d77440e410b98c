#include "gui/PrepStrategiesPage.h"
#include "ui_PrepStrategiesPage.h"

#include "gui/PartEditor.h"
#include "gui/PrepPageSupport.h"
#include "gui/PrepParts.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"

#include <algorithm>

namespace reins::gui {

namespace {

// Last time's kept and started strategies that this session does not list yet.
std::vector<Strategy> strategiesToReview(const SessionState &state, const SessionPrep &previous)
{
    std::vector<Strategy> missing;
    for (const Strategy &strategy : previous.strategies) {
        if (strategy.choice == StrategyChoice::Drop)
            continue;
        const bool listed = std::any_of(
            state.prep.strategies.begin(), state.prep.strategies.end(),
            [&](const Strategy &here) { return here.description == strategy.description; });
        if (!listed)
            missing.push_back(strategy);
    }
    return missing;
}

} // namespace

PrepStrategiesPage::PrepStrategiesPage(SessionDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PrepStrategiesPage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    setUpPageTitle(m_ui->titleLabel);
    setUpGuidance(m_ui->guidanceLabel);
    m_ui->partEditor->setPart(document, strategiesPart(), tr("&Add strategy"), 1);
    connect(m_ui->carryButton, &QPushButton::clicked, this, [this] { reviewLastTimeStrategies(); });
    refreshWhenShown(this, document, [this] { refresh(); });
    refresh();
}

PrepStrategiesPage::~PrepStrategiesPage() = default;

PartEditor *PrepStrategiesPage::editor() const
{
    return m_ui->partEditor;
}

QString PrepStrategiesPage::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void PrepStrategiesPage::reviewLastTimeStrategies()
{
    const auto missing = strategiesToReview(m_document.state(), m_document.earlier().previousPrep);
    if (missing.empty())
        return;
    m_document.edit(tr("Review last time's strategies"), [&](SessionState &state) {
        for (Strategy strategy : missing) {
            // Kept unless decided otherwise; the reason is this period's to give.
            strategy.id = 0;
            strategy.choice = StrategyChoice::Keep;
            strategy.reason.clear();
            state.prep.strategies.push_back(std::move(strategy));
        }
    });
}

void PrepStrategiesPage::refresh()
{
    const SessionState &state = m_document.state();
    int counts[3] = {};
    for (const Strategy &strategy : state.prep.strategies)
        ++counts[static_cast<int>(strategy.choice)];
    if (state.prep.strategies.empty()) {
        m_ui->summaryLabel->setText(tr("No strategies yet."));
    } else {
        m_ui->summaryLabel->setText(tr("Keep %1 \u00b7 drop %2 \u00b7 start %3.")
                                        .arg(counts[static_cast<int>(StrategyChoice::Keep)])
                                        .arg(counts[static_cast<int>(StrategyChoice::Drop)])
                                        .arg(counts[static_cast<int>(StrategyChoice::Create)]));
    }
    const auto missing = strategiesToReview(state, m_document.earlier().previousPrep);
    m_ui->carryButton->setVisible(m_document.earlier().previousSession.has_value());
    m_ui->carryButton->setEnabled(!missing.empty());
    m_ui->carryButton->setToolTip(
        missing.empty()
            ? tr("Every strategy kept or started last time is listed.")
            : tr("Add the strategies kept or started last time that are not listed yet (%1), "
                 "to decide again whether to keep them")
                  .arg(missing.size()));
}

} // namespace reins::gui
