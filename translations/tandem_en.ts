<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tandem::AccountDialog</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::AccountsPage</name>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For the %Ln selected account(s):</source>
        <translation>
            <numerusform>For the %Ln selected account:</numerusform>
            <numerusform>For the %Ln selected accounts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %Ln account(s)</source>
        <translation>
            <numerusform>%1 for %Ln account</numerusform>
            <numerusform>%1 for %Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ChainMapPage</name>
    <message numerus="yes">
        <source>Laying out %n part(y/ies)...</source>
        <translation>
            <numerusform>Laying out %n party...</numerusform>
            <numerusform>Laying out %n parties...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated %1 of 5 (%n rating(s))</source>
        <translation>
            <numerusform>rated %1 of 5 (%n rating)</numerusform>
            <numerusform>rated %1 of 5 (%n ratings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a supplier, rated %1 of 5 over 90 days (%n rating(s))</source>
        <translation>
            <numerusform>As a supplier, rated %1 of 5 over 90 days (%n rating)</numerusform>
            <numerusform>As a supplier, rated %1 of 5 over 90 days (%n ratings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue request(s)</source>
        <translation>
            <numerusform>%n overdue request</numerusform>
            <numerusform>%n overdue requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Cli</name>
    <message numerus="yes">
        <source>Serves %n external account(s), for example:
</source>
        <translation>
            <numerusform>Serves %n external account:
</numerusform>
            <numerusform>Serves %n external accounts, for example:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supplied by %n part(y/ies): %1
</source>
        <translation>
            <numerusform>Supplied by %n party: %1
</numerusform>
            <numerusform>Supplied by %n parties: %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n pair(s) ended</source>
        <translation>
            <numerusform>; %n pair ended</numerusform>
            <numerusform>; %n pairs ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.
</source>
        <translation>
            <numerusform>%n row written to %1.
</numerusform>
            <numerusform>%n rows written to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.
</source>
        <translation>
            <numerusform>%n contact written to %1.
</numerusform>
            <numerusform>%n contacts written to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person(s) added to their accounts.
</source>
        <translation>
            <numerusform>%n contact person added to their account.
</numerusform>
            <numerusform>%n contact persons added to their accounts.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::DashboardPage</name>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Handover</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::HandoverWizard</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::HandoversPage</name>
    <message numerus="yes">
        <source>%Ln handover(s)</source>
        <translation>
            <numerusform>%Ln handover</numerusform>
            <numerusform>%Ln handovers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed-over accounts at risk of leaving with the colleague: %Ln</source>
        <translation>
            <numerusform>Handed-over accounts at risk of leaving with the colleague: %Ln</numerusform>
            <numerusform>Handed-over accounts at risk of leaving with the colleague: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ImportWizard</name>
    <message numerus="yes">
        <source>%Ln contact(s) in the file. Each goes to the account its organization names; an account is created when there is none.</source>
        <translation>
            <numerusform>%Ln contact in the file. It goes to the account its organization names; an account is created when there is none.</numerusform>
            <numerusform>%Ln contacts in the file. Each goes to the account its organization names; an account is created when there is none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)...</source>
        <translation>
            <numerusform>Checking %Ln row...</numerusform>
            <numerusform>Checking %Ln rows...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row(s)...</source>
        <translation>
            <numerusform>Importing %Ln row...</numerusform>
            <numerusform>Importing %Ln rows...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) saved to %1 with the reason for each.</source>
        <translation>
            <numerusform>%Ln rejected row saved to %1 with the reason.</numerusform>
            <numerusform>%Ln rejected rows saved to %1 with the reason for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact person(s) added to their accounts.</source>
        <translation>
            <numerusform>%Ln contact person added to their account.</numerusform>
            <numerusform>%Ln contact persons added to their accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ListColumn</name>
    <message numerus="yes">
        <source>%Ln external account(s)</source>
        <translation>
            <numerusform>%Ln external account</numerusform>
            <numerusform>%Ln external accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue by %Ln day(s))</source>
        <translation>
            <numerusform>%1 (overdue by %Ln day)</numerusform>
            <numerusform>%1 (overdue by %Ln days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ListPage</name>
    <message numerus="yes">
        <source>Exporting %n row(s)...</source>
        <translation>
            <numerusform>Exporting %n row...</numerusform>
            <numerusform>Exporting %n rows...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message numerus="yes">
        <source>%n link(s) in the chain</source>
        <translation>
            <numerusform>%n link in the chain</numerusform>
            <numerusform>%n links in the chain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::OrganizationPage</name>
    <message numerus="yes">
        <source>%Ln colleague(s)</source>
        <translation>
            <numerusform>%Ln colleague</numerusform>
            <numerusform>%Ln colleagues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln department(s)</source>
        <translation>
            <numerusform>%Ln department</numerusform>
            <numerusform>%Ln departments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::RelationshipsPage</name>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln pair</numerusform>
            <numerusform>%Ln pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::RequestDialog</name>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Overdue by %Ln day</numerusform>
            <numerusform>Overdue by %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::RequestsPage</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::SatisfactionPanel</name>
    <message numerus="yes">
        <source>Rating as supplier: &lt;b&gt;%1 of 5&lt;/b&gt; (%Ln rating(s))</source>
        <translation>
            <numerusform>Rating as supplier: &lt;b&gt;%1 of 5&lt;/b&gt; (%Ln rating)</numerusform>
            <numerusform>Rating as supplier: &lt;b&gt;%1 of 5&lt;/b&gt; (%Ln ratings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On time: &lt;b&gt;%1%&lt;/b&gt; (%2 of %Ln done with a due date)</source>
        <translation>
            <numerusform>On time: &lt;b&gt;%1%&lt;/b&gt; (%2 of %Ln done with a due date)</numerusform>
            <numerusform>On time: &lt;b&gt;%1%&lt;/b&gt; (%2 of %Ln done with a due date)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated as requester: &lt;b&gt;%1 of 5&lt;/b&gt; (%Ln rating(s) by those who served it)</source>
        <translation>
            <numerusform>Rated as requester: &lt;b&gt;%1 of 5&lt;/b&gt; (%Ln rating by those who served it)</numerusform>
            <numerusform>Rated as requester: &lt;b&gt;%1 of 5&lt;/b&gt; (%Ln ratings by those who served it)</numerusform>
        </translation>
    </message>
</context>
</TS>
