#include "gui/MeetingExplorePage.h"
#include "ui_MeetingExplorePage.h"

#include "gui/MeetingController.h"
#include "gui/MeetingNotesPanel.h"
#include "gui/MeetingParts.h"
#include "gui/PartEditor.h"
#include "gui/PrepPageSupport.h"
#include "gui/PrepParts.h"
#include "gui/RefreshWhenShown.h"
#include "gui/SessionDocument.h"

#include <algorithm>

namespace reins::gui {

MeetingExplorePage::MeetingExplorePage(SessionDocument &document, MeetingController &meeting,
                                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingExplorePage>())
    , m_document(document)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("Explore why"));
    setUpPageTitle(m_ui->titleLabel);
    m_ui->guidanceLabel->setText(
        tr("Ask, don't tell: open questions help %1 find out what made the difference this "
           "period. Add the factors you discover together.")
            .arg(meeting.salespersonName()));
    setUpGuidance(m_ui->guidanceLabel);
    m_ui->factorsLabel->setText(tr("<b>What influenced the results</b> · %1's factors")
                                    .arg(meeting.salespersonName().toHtmlEscaped()));
    m_ui->factorEditor->setPart(document, factorsPart(), tr("&Add factor"));
    m_ui->factorCountLabel->setForegroundRole(QPalette::PlaceholderText);

    m_notes = new MeetingNotesPanel(document, meeting, MeetingStage::Explore, this);
    m_ui->notesLayout->addWidget(m_notes);
    setUpMeetingSplitter(m_ui->splitter);

    refreshWhenShown(this, m_document, [this] { refresh(); });
    refresh();
}

MeetingExplorePage::~MeetingExplorePage() = default;

PartEditor *MeetingExplorePage::factorEditor() const
{
    return m_ui->factorEditor;
}

void MeetingExplorePage::refresh()
{
    const auto &factors = m_document.state().prep.factors;
    if (factors.empty()) {
        m_ui->factorCountLabel->setText(
            tr("No factors yet. Which internal and external factors influenced this period?"));
        return;
    }
    const auto count = [&](auto predicate) {
        return static_cast<int>(std::count_if(factors.begin(), factors.end(), predicate));
    };
    const int helped = count([](const Factor &f) { return f.effect == FactorEffect::Helped; });
    const int within = count([](const Factor &f) { return f.withinInfluence; });
    m_ui->factorCountLabel->setText(tr("%1 helped, %2 hurt · %3 of %4 within their influence")
                                        .arg(helped)
                                        .arg(static_cast<int>(factors.size()) - helped)
                                        .arg(within)
                                        .arg(factors.size()));
}

} // namespace reins::gui
