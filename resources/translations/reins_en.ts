<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>reins::gui::ActionsBoard</name>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::ActionsBoardModel</name>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n day late)</numerusform>
            <numerusform>%1 (%n days late)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::CompareChooserDialog</name>
    <message numerus="yes">
        <source>%n session(s) ticked</source>
        <translation>
            <numerusform>%n session ticked</numerusform>
            <numerusform>%n sessions ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::CsvExportDialog</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingWrapUpPage</name>
    <message numerus="yes">
        <source>%n shared note(s)</source>
        <translation>
            <numerusform>%n shared note</numerusform>
            <numerusform>%n shared notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n private note(s)</source>
        <translation>
            <numerusform> and %n private note</numerusform>
            <numerusform> and %n private notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepLastTimePage</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepPlanPage</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepReadyPage</name>
    <message numerus="yes">
        <source>%n thing(s) still empty or worth a second look.</source>
        <translation>
            <numerusform>%n thing is still empty or worth a second look.</numerusform>
            <numerusform>%n things are still empty or worth a second look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepResultsPage</name>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s)</source>
        <translation>
            <numerusform>%n actual</numerusform>
            <numerusform>%n actuals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new sales record(s).</source>
        <translation>
            <numerusform>Imported %Ln new sales record.</numerusform>
            <numerusform>Imported %Ln new sales records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) filled from this period&apos;s records; undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n actual filled from this period&apos;s records; undo with Ctrl+Z.</numerusform>
            <numerusform>%n actuals filled from this period&apos;s records; undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::SearchWindow</name>
    <message numerus="yes">
        <source>%n results, best first.</source>
        <translation>
            <numerusform>%n result, best first.</numerusform>
            <numerusform>%n results, best first.</numerusform>
        </translation>
    </message>
</context>
</TS>
