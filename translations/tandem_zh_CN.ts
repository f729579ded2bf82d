<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Tandem: internal and external customers in one CRM.</source>
        <translation>Tandem：在一个 CRM 中同时管理内部客户与外部客户。</translation>
    </message>
    <message>
        <source>A database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>Open the database at PATH, or the team server at postgresql://USER@HOST:PORT/DBNAME (the password from the keyring, PGPASSWORD or ~/.pgpass, else asked).</source>
        <translation>打开 PATH 处的数据库，或 postgresql://USER@HOST:PORT/DBNAME 处的团队服务器（密码取自密钥环、PGPASSWORD 或 ~/.pgpass，否则会询问）。</translation>
    </message>
</context>
<context>
    <name>tandem::AccountDialog</name>
    <message>
        <source>Accept the suggested segment</source>
        <translation>接受建议的客户类型</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>From a competitor</source>
        <translation>来自竞争对手</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原类型</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Edit Details...</source>
        <translation>编辑资料...</translation>
    </message>
    <message>
        <source>Log Interaction...</source>
        <translation>记录互动...</translation>
    </message>
    <message>
        <source>Add Contact...</source>
        <translation>添加联系人...</translation>
    </message>
    <message>
        <source>Add Purchase...</source>
        <translation>添加购买记录...</translation>
    </message>
    <message>
        <source>Mark Follow-up Done</source>
        <translation>标记跟进已完成</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Segment history</source>
        <translation>客户类型变更记录</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Suggested: %1, %2.</source>
        <translation>建议：%1，因为%2。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Choose the interaction whose next step is done in the timeline first.</source>
        <translation>请先在时间线中选择下一步已完成的互动记录。</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>标记跟进已完成</translation>
    </message>
    <message>
        <source>Owner history</source>
        <translation>负责人变更记录</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 looks like the same customer (%2).</source>
        <translation>%1 看起来是同一个客户（%2）。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New Request...</source>
        <translation>新建服务请求...</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>服务请求</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 条请求</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has raised no requests yet: choose New Request.</source>
        <translation>此客户还没有提出过服务请求：请选择“新建服务请求”。</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the request is still open.</source>
        <translation>已逾期：截止时间已过，请求仍未完成。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>tandem::AccountMerge</name>
    <message>
        <source>An account cannot be merged into itself.</source>
        <translation>客户不能合并到自身。</translation>
    </message>
    <message>
        <source>The two accounts have requests between each other; close or move those first, as a customer cannot serve itself.</source>
        <translation>这两个客户之间有服务请求；请先关闭或移走这些请求，因为客户不能为自己服务。</translation>
    </message>
</context>
<context>
    <name>tandem::AccountsPage</name>
    <message>
        <source>My accounts</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>跟进逾期</translation>
    </message>
    <message>
        <source>or load the demo organization from the File menu.</source>
        <translation>或从“文件”菜单载入演示组织。</translation>
    </message>
    <message>
        <source>External accounts</source>
        <translation>外部客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 个外部客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts yet. Add one with tandem-cli add account, %1</source>
        <translation>还没有外部客户。可用 tandem-cli add account 添加，%1</translation>
    </message>
    <message>
        <source>A follow-up on this account is overdue.</source>
        <translation>此客户有逾期的跟进事项。</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>任意负责人</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Change Owner...</source>
        <translation>更改负责人...</translation>
    </message>
    <message>
        <source>Change Segment...</source>
        <translation>更改客户类型...</translation>
    </message>
    <message>
        <source>Change Category...</source>
        <translation>更改类别...</translation>
    </message>
    <message>
        <source>Select the accounts to change first (Ctrl+click or Shift+click for several).</source>
        <translation>请先选择要更改的客户（按住 Ctrl 或 Shift 点击可多选）。</translation>
    </message>
    <message numerus="yes">
        <source>For the %Ln selected account(s):</source>
        <translation>
            <numerusform>应用于所选的 %Ln 个客户：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %Ln account(s)</source>
        <translation>
            <numerusform>%1（%Ln 个客户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Owner</source>
        <translation>更改负责人</translation>
    </message>
    <message>
        <source>Change Segment</source>
        <translation>更改客户类型</translation>
    </message>
    <message>
        <source>Change Category</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <source>New Account...</source>
        <translation>新建外部客户...</translation>
    </message>
    <message>
        <source>Add Anyway</source>
        <translation>仍然添加</translation>
    </message>
    <message>
        <source>Segments...</source>
        <translation>客户类型分析...</translation>
    </message>
    <message>
        <source>Merge...</source>
        <translation>合并...</translation>
    </message>
    <message>
        <source>Merge Accounts</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Select the two accounts that are the same customer (Ctrl+click the second).</source>
        <translation>请选择属于同一客户的两条记录（按住 Ctrl 点击第二条）。</translation>
    </message>
    <message>
        <source>Which account stays? The other&apos;s contacts, interactions, purchases, history and requests move to it, its empty fields are filled from the other, and the other goes.</source>
        <translation>保留哪一个？另一个的联系人、互动、购买、历史和服务请求都会转到保留的客户，其空白字段由另一个补全，然后另一个被删除。</translation>
    </message>
    <message>
        <source>New Request...</source>
        <translation>新建服务请求...</translation>
    </message>
</context>
<context>
    <name>tandem::AppController</name>
    <message>
        <source>Tandem databases (*.db *.tandem);;All files (*)</source>
        <translation>Tandem 数据库 (*.db *.tandem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>数据库已升级</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of Tandem. The earlier version was kept at %1.</source>
        <translation>数据库已升级到当前版本的 Tandem。升级前的版本已保留在 %1。</translation>
    </message>
    <message>
        <source>Welcome to Tandem</source>
        <translation>欢迎使用 Tandem</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name.</source>
        <translation>%1 已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>Tandem needs a database to work with.</source>
        <translation>Tandem 需要一个数据库才能工作。</translation>
    </message>
    <message>
        <source>Open Another...</source>
        <translation>打开其他数据库...</translation>
    </message>
    <message>
        <source>Create a New One...</source>
        <translation>新建数据库...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Tandem created a new, empty database at %1.

Fill it with a demo organization (a manufacturer with its departments, colleagues, pairs, accounts and requests) to look around?</source>
        <translation>Tandem 已在 %1 新建了一个空数据库。

是否填入演示组织（一家制造企业，包含部门、同事、关系对、外部客户和服务请求），以便先熟悉一下？</translation>
    </message>
    <message>
        <source>Demo organization</source>
        <translation>演示组织</translation>
    </message>
    <message>
        <source>Opening %1... A database from an earlier version of Tandem is upgraded first, which takes a minute when it is large.</source>
        <translation>正在打开 %1... 来自旧版 Tandem 的数据库会先升级，数据量大时需要约一分钟。</translation>
    </message>
    <message>
        <source>Connect to a Team Server...</source>
        <translation>连接团队服务器...</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>正在连接 %1...</translation>
    </message>
    <message>
        <source>The keyring did not keep the password; Tandem asks for it next time.</source>
        <translation>密钥环未能保存密码；下次 Tandem 会再次询问。</translation>
    </message>
</context>
<context>
    <name>tandem::Archive</name>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 不是有效的 JSON（第 %2 字节：%3）。</translation>
    </message>
    <message>
        <source>%1 is not a Tandem archive.</source>
        <translation>%1 不是 Tandem 归档文件。</translation>
    </message>
    <message>
        <source>%1 was written by a Tandem with schema %2; this one has schema %3. Export it again with this version.</source>
        <translation>%1 由架构版本为 %2 的 Tandem 写出，而本版本的架构为 %3。请用本版本重新导出。</translation>
    </message>
    <message>
        <source>An archive goes into an empty database only; this one already holds data.</source>
        <translation>归档只能导入空数据库；此数据库已有数据。</translation>
    </message>
    <message>
        <source>%1: table %2 has a column named &apos;%3&apos;, which Tandem does not know.</source>
        <translation>%1：表 %2 中有 Tandem 不认识的列“%3”。</translation>
    </message>
    <message>
        <source>The archive could not be written: %1</source>
        <translation>无法写入存档：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>the file ends inside a value</source>
        <translation>文件在一个值的中间结束</translation>
    </message>
    <message>
        <source>a name in quotes was expected</source>
        <translation>此处应为带引号的名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was expected</source>
        <translation>此处应为“%1”</translation>
    </message>
</context>
<context>
    <name>tandem::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tandem::Calendar</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation>%1 的跟进</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>截止：%1</translation>
    </message>
    <message>
        <source>%1 asks %2</source>
        <translation>%1 向 %2 索取服务</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
</context>
<context>
    <name>tandem::ChainMapPage</name>
    <message>
        <source>Service chain</source>
        <translation>服务链</translation>
    </message>
    <message>
        <source>Flow: purchasing to the outside customer</source>
        <translation>流程图：从采购到外部客户</translation>
    </message>
    <message>
        <source>Inverted pyramid: customers on top</source>
        <translation>倒金字塔：客户在最上层</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>How many steps around the chosen party to draw</source>
        <translation>显示所选对象周围几层关系</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Around:</source>
        <translation>围绕：</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>%1 external accounts are left out of this view; choose a colleague under Around to see theirs.</source>
        <translation>此视图未显示 %1 个外部客户；在“围绕”中选择一位同事即可查看其客户。</translation>
    </message>
    <message>
        <source>%1 parties are too many to draw at once; choose a department, or a party under Around.</source>
        <translation>%1 个对象太多，无法一次绘制；请选择一个部门，或在“围绕”中选择一个对象。</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n part(y/ies)...</source>
        <translation>
            <numerusform>正在排布 %n 个对象...</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Chain Map</source>
        <translation>导出服务链图</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)</source>
        <translation>SVG 图像 (*.svg);;PNG 图像 (*.png);;Graphviz DOT 文件 (*.dot)</translation>
    </message>
    <message>
        <source>Customers and Suppliers...</source>
        <translation>客户与供方...</translation>
    </message>
    <message>
        <source>Centre the Map Here</source>
        <translation>以此为中心</translation>
    </message>
    <message>
        <source>Double-click a party for its customers and suppliers; dashed lines are one-sided pairs.</source>
        <translation>双击某个对象可查看其客户与供方；虚线表示单向关系对。</translation>
    </message>
    <message>
        <source>%1 departments and colleagues reach no external customer (outlined in red): %2</source>
        <translation>有 %1 个部门和同事的工作没有到达任何外部客户（红色虚框）：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>, ...</source>
        <translation>等</translation>
    </message>
    <message>
        <source>%1 serves %2 external accounts and is supplied by %3 parties.</source>
        <translation>%1 服务 %2 个外部客户，由 %3 个对象供应。</translation>
    </message>
    <message>
        <source>Weakest link (in red): %1 → %2, %3 overdue, %4.</source>
        <translation>最薄弱环节（红色）：%1 → %2，%3 项逾期，%4。</translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>满意度 %1 / 5</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n 项未完成请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rated %1 of 5 (%n rating(s))</source>
        <translation>
            <numerusform>评分 %1 / 5（%n 次评分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As a supplier, rated %1 of 5 over 90 days (%n rating(s))</source>
        <translation>
            <numerusform>作为供方，近 90 天评分 %1 / 5（%n 次评分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue request(s)</source>
        <translation>
            <numerusform>%n 项逾期请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Health of links and suppliers: &lt;span style=&quot;color:#c01e1e&quot;&gt;■&lt;/span&gt; overdue work · &lt;span style=&quot;color:#d07a00&quot;&gt;■&lt;/span&gt; rated below 3 · &lt;span style=&quot;color:#2e8b3a&quot;&gt;■&lt;/span&gt; rated 4 or better</source>
        <translation>环节与供方的健康状况：&lt;span style=&quot;color:#c01e1e&quot;&gt;■&lt;/span&gt; 有逾期工作 · &lt;span style=&quot;color:#d07a00&quot;&gt;■&lt;/span&gt; 评分低于 3 · &lt;span style=&quot;color:#2e8b3a&quot;&gt;■&lt;/span&gt; 评分 4 及以上</translation>
    </message>
    <message>
        <source>Choose a Department...</source>
        <translation>选择部门...</translation>
    </message>
</context>
<context>
    <name>tandem::Choice</name>
    <message>
        <source>Loyal</source>
        <translation>忠诚顾客</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>游离顾客</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在顾客</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>委托人</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>零售商</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>最终使用者</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>职能</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>工序</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation>水平线型</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线型</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队合作型</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>高层管理</translation>
    </message>
    <message>
        <source>Middle management</source>
        <translation>中层管理</translation>
    </message>
    <message>
        <source>Front line</source>
        <translation>基层员工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>External account</source>
        <translation>外部客户</translation>
    </message>
    <message>
        <source>Rank pair</source>
        <translation>职级客户</translation>
    </message>
    <message>
        <source>Function pair</source>
        <translation>职能客户</translation>
    </message>
    <message>
        <source>Process pair</source>
        <translation>工序客户</translation>
    </message>
    <message>
        <source>Owns the account</source>
        <translation>客户负责人</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>部门成员</translation>
    </message>
</context>
<context>
    <name>tandem::Cli</name>
    <message>
        <source>No command was given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The database was upgraded; the earlier version was kept at %1.
</source>
        <translation>数据库已升级，升级前的版本已保留在 %1。
</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>An option has no name.</source>
        <translation>有一个选项缺少名称。</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 不接受参数。</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema %2).
</source>
        <translation>数据库 %1 已就绪（架构版本 %2）。
</translation>
    </message>
    <message>
        <source>demo takes only --language en|zh_CN.</source>
        <translation>demo 只接受 --language en|zh_CN。</translation>
    </message>
    <message>
        <source>--language must be en or zh_CN.</source>
        <translation>--language 必须为 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>generate takes only options.</source>
        <translation>generate 只接受选项。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 需要一个整数。</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed 需要一个整数。</translation>
    </message>
    <message>
        <source>generate has no option --%1.</source>
        <translation>generate 没有选项 --%1。</translation>
    </message>
    <message>
        <source>generate: %1% %2
</source>
        <translation>generate：%1% %2
</translation>
    </message>
    <message>
        <source>generate: done in %1 s
</source>
        <translation>generate：完成，用时 %1 秒
</translation>
    </message>
    <message>
        <source>stats takes no arguments.</source>
        <translation>stats 不接受参数。</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check 不接受参数。</translation>
    </message>
    <message>
        <source>integrity: %1
</source>
        <translation>完整性：%1
</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>references: %1
</source>
        <translation>引用：%1
</translation>
    </message>
    <message>
        <source>schema: %1
</source>
        <translation>架构版本：%1
</translation>
    </message>
    <message>
        <source>ok (version %1)</source>
        <translation>正常（版本 %1）</translation>
    </message>
    <message>
        <source>The database has problems; restore it from a backup or run check again after fixing them.</source>
        <translation>数据库存在问题；请从备份恢复，或在修复问题后再次运行 check。</translation>
    </message>
    <message>
        <source>backup takes one FILE.</source>
        <translation>backup 只接受一个 FILE。</translation>
    </message>
    <message>
        <source>Backed up to %1.
</source>
        <translation>已备份到 %1。
</translation>
    </message>
    <message>
        <source>restore takes one FILE.</source>
        <translation>restore 只接受一个 FILE。</translation>
    </message>
    <message>
        <source>Restored from %1; the data it replaced was kept at %2.
</source>
        <translation>已从 %1 恢复；被替换的数据已保留在 %2。
</translation>
    </message>
    <message>
        <source>list needs a kind of record, such as accounts.</source>
        <translation>list 需要指定记录类型，例如 accounts。</translation>
    </message>
    <message>
        <source>Cannot list &apos;%1&apos;.</source>
        <translation>无法列出“%1”。</translation>
    </message>
    <message>
        <source>Unexpected word &apos;%1&apos;.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation>--limit 需要一个整数。</translation>
    </message>
    <message>
        <source>show needs a kind of record and a REF, such as: show account 12.</source>
        <translation>show 需要指定记录类型和 REF，例如：show account 12。</translation>
    </message>
    <message>
        <source>Cannot show &apos;%1&apos;.</source>
        <translation>无法显示“%1”。</translation>
    </message>
    <message>
        <source>add needs a kind of record, such as account.</source>
        <translation>add 需要指定记录类型，例如 account。</translation>
    </message>
    <message>
        <source>Cannot add &apos;%1&apos;.</source>
        <translation>无法添加“%1”。</translation>
    </message>
    <message>
        <source>Unexpected word &apos;%1&apos;; give fields as --FIELD VALUE.</source>
        <translation>无法识别的参数“%1”；请以 --FIELD VALUE 的形式给出字段。</translation>
    </message>
    <message>
        <source>search needs some TEXT.</source>
        <translation>search 需要指定 TEXT。</translation>
    </message>
    <message>
        <source>search has no option --%1.</source>
        <translation>search 没有选项 --%1。</translation>
    </message>
    <message>
        <source>chain has no option --%1.</source>
        <translation>chain 命令没有 --%1 选项。</translation>
    </message>
    <message>
        <source>--format must be text, dot or svg.</source>
        <translation>--format 必须是 text、dot 或 svg。</translation>
    </message>
    <message>
        <source>--layout must be flow or pyramid.</source>
        <translation>--layout 必须是 flow 或 pyramid。</translation>
    </message>
    <message>
        <source>--accounts needs a whole number.</source>
        <translation>--accounts 需要一个整数。</translation>
    </message>
    <message>
        <source>chain needs one REF, or --unconnected.</source>
        <translation>chain 命令需要一个 REF，或使用 --unconnected。</translation>
    </message>
    <message>
        <source>Its work reaches no external account.
</source>
        <translation>其工作没有到达任何外部客户。
</translation>
    </message>
    <message numerus="yes">
        <source>Serves %n external account(s), for example:
</source>
        <translation>
            <numerusform>服务 %n 个外部客户，例如：
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody supplies it.
</source>
        <translation>没有任何供方。
</translation>
    </message>
    <message numerus="yes">
        <source>Supplied by %n part(y/ies): %1
</source>
        <translation>
            <numerusform>供方共 %n 个：%1
</numerusform>
        </translation>
    </message>
    <message>
        <source>satisfaction %1 of 5</source>
        <translation>满意度 %1 / 5</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Weakest link: %1 → %2 (%3): %4 overdue, %5
</source>
        <translation>最薄弱环节：%1 → %2（%3）：%4 项逾期，%5
</translation>
    </message>
    <message>
        <source>No weak link: nothing overdue and no low ratings on this chain.
</source>
        <translation>没有薄弱环节：这条服务链上没有逾期，也没有低评分。
</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>no due dates</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <source>list requests cannot combine --%1 with --%2.</source>
        <translation>list requests 不能同时使用 --%1 和 --%2。</translation>
    </message>
    <message>
        <source>--side goes with --department.</source>
        <translation>--side 须与 --department 一起使用。</translation>
    </message>
    <message>
        <source>--side must be requester, provider or either.</source>
        <translation>--side 必须为 requester、provider 或 either。</translation>
    </message>
    <message>
        <source>Option --status must be active, closed, or one or more of %1 separated by commas, not &apos;%2&apos;.</source>
        <translation>选项 --status 必须为 active、closed，或以逗号分隔的一个或多个 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>Option --%1: %2</source>
        <translation>选项 --%1：%2</translation>
    </message>
    <message>
        <source>--days needs a whole number of days, 1 or more.</source>
        <translation>--days 需要一个不小于 1 的整数天数。</translation>
    </message>
    <message>
        <source>satisfaction has no option --%1.</source>
        <translation>satisfaction 没有选项 --%1。</translation>
    </message>
    <message>
        <source>satisfaction takes at most one REF.</source>
        <translation>satisfaction 最多只接受一个 REF。</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <source>on time %1</source>
        <translation>准时率 %1</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>评分 %1 次</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>未完成 %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Name: %1
Days: %2
Rated: %3
Average: %4
Done: %5
On time: %6
Open: %7
Overdue: %8
Rated as requester: %9
</source>
        <translation>名称：%1
天数：%2
评分次数：%3
平均评分：%4
已完成：%5
准时率：%6
未完成：%7
逾期：%8
作为请求方的评分次数：%9
</translation>
    </message>
    <message>
        <source>Average as requester: %1
</source>
        <translation>作为请求方的平均评分：%1
</translation>
    </message>
    <message>
        <source>request needs a REF and what to do, such as: request 12 done.</source>
        <translation>request 需要指定 REF 和要执行的操作，例如：request 12 done。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;; request takes start, wait, done, reject, cancel, reopen, comment, rate or reassign.</source>
        <translation>未知操作“%1”；request 可接受 start、wait、done、reject、cancel、reopen、comment、rate 或 reassign。</translation>
    </message>
    <message>
        <source>request REF %1 has no option --%2.</source>
        <translation>request REF %1 没有选项 --%2。</translation>
    </message>
    <message>
        <source>request REF reassign needs --to REF.</source>
        <translation>request REF reassign 需要 --to REF。</translation>
    </message>
    <message>
        <source>request REF rate needs --rating N or --provider-rating N.</source>
        <translation>request REF rate 需要 --rating N 或 --provider-rating N。</translation>
    </message>
    <message>
        <source>Option --%1 must be a rating from 1 to 5, not &apos;%2&apos;.</source>
        <translation>选项 --%1 必须为 1 到 5 的评分，而不是“%2”。</translation>
    </message>
    <message>
        <source>handover has no option --%1.</source>
        <translation>handover 没有 --%1 选项。</translation>
    </message>
    <message>
        <source>handover needs --from REF (who leaves) and --to REF (the successor).</source>
        <translation>handover 需要 --from REF（离职者）和 --to REF（接任者）。</translation>
    </message>
    <message>
        <source>--brief cannot go with --dry-run: a briefing describes a handover done.</source>
        <translation>--brief 不能与 --dry-run 同时使用：交接说明描述的是已完成的交接。</translation>
    </message>
    <message>
        <source>--brief needs a file name ending in .pdf or .html, not &apos;%1&apos;.</source>
        <translation>--brief 需要以 .pdf 或 .html 结尾的文件名，而不是“%1”。</translation>
    </message>
    <message>
        <source>Option --brief: the folder of %1 does not exist.</source>
        <translation>选项 --brief：%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>--split needs the colleagues to share the accounts, as REF,REF,...</source>
        <translation>--split 需要分担客户的同事，格式为 REF,REF,...</translation>
    </message>
    <message>
        <source>(the pair ends)</source>
        <translation>（关系对结束）</translation>
    </message>
    <message>
        <source>Handover %1: %2, %3, %4, %5 moved to %6</source>
        <translation>交接 %1：%2、%3、%4、%5 已转给 %6</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 项跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 条请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n 个关系对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n pair(s) ended</source>
        <translation>
            <numerusform>；%n 个关系对已结束</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing written to %1.
</source>
        <translation>交接说明已写入 %1。
</translation>
    </message>
    <message>
        <source>handover undo needs the handover&apos;s ID.</source>
        <translation>handover undo 需要交接的 ID。</translation>
    </message>
    <message>
        <source>A handover&apos;s ID is a number, not &apos;%1&apos;.</source>
        <translation>交接的 ID 是数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>Handover %1 was undone.
</source>
        <translation>交接 %1 已撤销。
</translation>
    </message>
    <message>
        <source>handover watch takes no arguments.</source>
        <translation>handover watch 不接受参数。</translation>
    </message>
    <message>
        <source>import needs what to import and a FILE, such as: import accounts clients.csv.</source>
        <translation>import 需要导入的内容和一个文件 FILE，例如：import accounts clients.csv。</translation>
    </message>
    <message>
        <source>Cannot import &apos;%1&apos;; import departments, staff, accounts or contacts.</source>
        <translation>不能导入“%1”；可导入 departments、staff、accounts 或 contacts。</translation>
    </message>
    <message>
        <source>import has no option --%1.</source>
        <translation>import 没有 --%1 选项。</translation>
    </message>
    <message>
        <source>--on-error must be abort or skip.</source>
        <translation>--on-error 必须是 abort 或 skip。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or gb18030.</source>
        <translation>--encoding 必须是 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>import: %1 of %2 rows<byte value="xd"/></source>
        <translation>导入：第 %1 行，共 %2 行<byte value="xd"/></translation>
    </message>
    <message>
        <source>%1, line %2: %3
</source>
        <translation>%1，第 %2 行：%3
</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 rejected (%4, read as %5).
</source>
        <translation>新增 %1，更新 %2，拒绝 %3（%4，按 %5 读取）。
</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>未写入任何内容</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason, are in %1.
</source>
        <translation>被拒绝的行及原因已保存在 %1。
</translation>
    </message>
    <message>
        <source>%1: rows were rejected, so nothing was written; fix them, or import with --on-error skip.</source>
        <translation>%1：有行被拒绝，因此未写入任何内容；请修正这些行，或使用 --on-error skip 导入。</translation>
    </message>
    <message>
        <source>export needs what to export and a FILE, such as: export accounts accounts.csv.</source>
        <translation>export 需要导出的内容和一个文件 FILE，例如：export accounts accounts.csv。</translation>
    </message>
    <message>
        <source>Cannot export &apos;%1&apos;.</source>
        <translation>不能导出“%1”。</translation>
    </message>
    <message>
        <source>export has no option --%1.</source>
        <translation>export 没有 --%1 选项。</translation>
    </message>
    <message>
        <source>--formulas must be neutralise or keep.</source>
        <translation>--formulas 必须是 neutralise 或 keep。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.
</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>--format must be csv or vcard.</source>
        <translation>--format 必须是 csv 或 vcard。</translation>
    </message>
    <message>
        <source>vCards hold contacts: import contacts FILE.vcf.</source>
        <translation>vCard 存放的是联系人：请使用 import contacts FILE.vcf。</translation>
    </message>
    <message>
        <source>vCards hold contacts: export contacts FILE.vcf.</source>
        <translation>vCard 存放的是联系人：请使用 export contacts FILE.vcf。</translation>
    </message>
    <message>
        <source>--vcard-version must be 3 or 4.</source>
        <translation>--vcard-version 必须是 3 或 4。</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to %1.
</source>
        <translation>
            <numerusform>已将 %n 位联系人写入 %1。
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 rejected; %4 accounts created (%5).
</source>
        <translation>新增 %1，更新 %2，拒绝 %3；新建客户 %4 个（%5）。
</translation>
    </message>
    <message>
        <source>Imported the archive %1.
</source>
        <translation>已导入归档 %1。
</translation>
    </message>
    <message>
        <source>export all writes --format json.</source>
        <translation>export all 只写出 --format json。</translation>
    </message>
    <message>
        <source>--format must be csv, vcard or ics.</source>
        <translation>--format 必须是 csv、vcard 或 ics。</translation>
    </message>
    <message>
        <source>A calendar holds due dates: export requests or interactions FILE.ics.</source>
        <translation>日历存放的是截止日期：请使用 export requests 或 export interactions FILE.ics。</translation>
    </message>
    <message>
        <source>export: %1 of %2 rows<byte value="xd"/></source>
        <translation>导出：第 %1 行，共 %2 行<byte value="xd"/></translation>
    </message>
    <message numerus="yes">
        <source>%n contact person(s) added to their accounts.
</source>
        <translation>
            <numerusform>已为客户添加 %n 位联系人。
</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a whole number of days.</source>
        <translation>--%1 需要一个整数天数。</translation>
    </message>
    <message>
        <source>Option --brief: %1 Nothing was handed over.</source>
        <translation>选项 --brief：%1 未交接任何内容。</translation>
    </message>
    <message>
        <source>Handover %1 was done, but its briefing could not be written: %2 Save it again with the Handovers page.</source>
        <translation>交接 %1 已完成，但其交接简报未能写入：%2 请在“交接”页面重新保存。</translation>
    </message>
    <message>
        <source>The valid rows were imported, but the rejected rows could not be saved: %1</source>
        <translation>有效的行已导入，但被拒绝的行未能保存：%1</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>选项 --%1 不接受值。</translation>
    </message>
    <message>
        <source>--language needs en, zh_CN or mixed.</source>
        <translation>--language 只能是 en、zh_CN 或 mixed。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1 needs a kind of record: department, staff, link, account or contact.</source>
        <translation>%1 需要一种记录：department、staff、link、account 或 contact。</translation>
    </message>
    <message>
        <source>set needs a kind of record, a REF and the fields to change, such as: set account 12 --city Suzhou.</source>
        <translation>set 需要记录种类、REF 和要修改的字段，例如：set account 12 --city 苏州。</translation>
    </message>
    <message>
        <source>--expect-version needs the version a record was read at, a whole number from 1 (show --json prints it).</source>
        <translation>--expect-version 需要读取记录时的版本号，即从 1 起的整数（show --json 会显示它）。</translation>
    </message>
    <message>
        <source>remove needs a kind of record and a REF, such as: remove contact 12.</source>
        <translation>remove 需要记录种类和 REF，例如：remove contact 12。</translation>
    </message>
    <message>
        <source>admin takes add-user, remove-user or users.</source>
        <translation>admin 命令后接 add-user、remove-user 或 users。</translation>
    </message>
    <message>
        <source>admin add-user takes one LOGIN, --staff REF and --role rep, manager or admin; the password is read from standard input.</source>
        <translation>admin add-user 需要一个 LOGIN、--staff REF 以及 --role rep、manager 或 admin；密码从标准输入读取。</translation>
    </message>
    <message>
        <source>admin add-user has no option --%1.</source>
        <translation>admin add-user 没有 --%1 选项。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password was given on standard input; %1 was not added.</source>
        <translation>标准输入中没有提供密码；未添加 %1。</translation>
    </message>
    <message>
        <source>%1 signs in as %2 (%3).
</source>
        <translation>%1 以 %2（%3）的身份登录。
</translation>
    </message>
    <message>
        <source>admin remove-user takes one LOGIN.</source>
        <translation>admin remove-user 需要一个 LOGIN。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; the login was removed.
</source>
        <translation>%1 已无法登录；该登录名已删除。
</translation>
    </message>
    <message>
        <source>admin users takes no arguments.</source>
        <translation>admin users 不带参数。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Usage: tandem-cli [--database PATH|postgresql://USER@HOST:PORT/DB] [--json] COMMAND ...
(on a team server the password comes from PGPASSWORD or ~/.pgpass)
Commands:
  init                     create the database (or upgrade it)
  demo [--language en|zh_CN]  fill an empty database with the demo organization
  generate --staff N --accounts N --contacts N --requests N [--seed S]
           [--language en|zh_CN|mixed]
                           fill an empty database with generated data (default: mixed)
  stats                    count what the database holds
  check                    check integrity, references and schema version
  backup FILE              write a consistent copy to a new FILE
  restore FILE             replace the data with a backup (a copy of the current data is kept)
  migrate-to postgresql://USER@HOST:PORT/DB
                           copy the whole database into an empty one on a team server
  list departments|staff|links|accounts|contacts|interactions|purchases|requests [--FIELD VALUE] [--limit N]
  list requests [--party REF] [--requester REF] [--provider REF]
                [--department REF [--side requester|provider|either]]
                [--status S[,S...]|active|closed] [--overdue] [--limit N]
                           requests as the Requests page filters them, newest first
  show department|staff|link|account|contact|request REF
  add department|staff|link|account|contact|interaction|purchase|request --FIELD VALUE ...
  set department|staff|link|account|contact REF --FIELD VALUE ... [--expect-version N]
                           change fields (an empty VALUE clears one); with --expect-version,
                           only while the record still has the version N that show --json gave
  remove department|staff|link|account|contact REF
                           delete a record nothing else refers to
  search TEXT [--limit N]
  chain REF [--format text|dot|svg] [--layout flow|pyramid] [--accounts N]
                           whom REF serves, who supplies it, and its weakest link
  chain --unconnected      departments and colleagues whose work reaches no external account
  satisfaction [REF] [--days N]
                           REF&apos;s satisfaction index over the last N days (90), or the departments ranked
  request REF start|wait|done|reject|cancel|reopen [--note TEXT]
          [--rating N] [--feedback TEXT] [--provider-rating N] [--provider-feedback TEXT]
          [--delay-reason TEXT --corrective-action TEXT --corrective-owner REF]
  request REF comment --note TEXT
  request REF rate [--rating N] [--feedback TEXT] [--provider-rating N] [--provider-feedback TEXT]
  request REF reassign --to REF [--note TEXT]
                           move a request along its lifecycle; ratings are 1 to 5
  handover --from REF --to REF [--split REF,REF...] [--end-pairs] [--reason TEXT] [--notes TEXT]
           [--first-visit-days N] [--watch-days N] [--dry-run] [--brief FILE.pdf|FILE.html]
                           pass what a departing colleague holds to successors and mark them
                           departed; --split shares the accounts out evenly among REFs,
                           --dry-run prints the plan and writes nothing
  handover undo ID         take a handover back while nothing it moved has changed since
  handover watch           handed-over accounts that may leave with the colleague
  admin add-user LOGIN --staff REF --role rep|manager|admin
                           on a team server, let colleague REF sign in as LOGIN (a PostgreSQL
                           login role); the password is one line of standard input
  admin remove-user LOGIN  take the login away
  admin users              the logins, the colleague each is, and whether they can sign in
REF is a numeric id, an exact name or an e-mail address.
Exit codes: 0 done, 1 usage, 2 bad input, 3 database problem, 4 not found,
5 changed by someone else since it was read (nothing written).
</source>
        <translation>用法：tandem-cli [--database PATH|postgresql://USER@HOST:PORT/DB] [--json] COMMAND ...
（在团队服务器上，密码取自 PGPASSWORD 或 ~/.pgpass）
命令：
  init                     创建数据库（或升级数据库）
  demo [--language en|zh_CN]  在空数据库中填入演示组织
  generate --staff N --accounts N --contacts N --requests N [--seed S]
           [--language en|zh_CN|mixed]
                           在空数据库中填入生成的数据（默认 mixed：中英文混合）
  stats                    统计数据库中的各类记录数量
  check                    检查完整性、引用和架构版本
  backup FILE              将数据的一致副本写入新文件 FILE
  restore FILE             用备份替换现有数据（会保留当前数据的副本）
  migrate-to postgresql://USER@HOST:PORT/DB
                           将整个数据库复制到团队服务器上的一个空数据库中
  list departments|staff|links|accounts|contacts|interactions|purchases|requests [--FIELD VALUE] [--limit N]
  list requests [--party REF] [--requester REF] [--provider REF]
                [--department REF [--side requester|provider|either]]
                [--status S[,S...]|active|closed] [--overdue] [--limit N]
                           按“服务请求”页的筛选方式列出服务请求，最新的在前
  show department|staff|link|account|contact|request REF
  add department|staff|link|account|contact|interaction|purchase|request --FIELD VALUE ...
  set department|staff|link|account|contact REF --FIELD VALUE ... [--expect-version N]
                           修改字段（VALUE 为空则清除该字段）；带 --expect-version 时，
                           仅当记录仍是 show --json 给出的版本 N 时才修改
  remove department|staff|link|account|contact REF
                           删除没有被其他记录引用的记录
  search TEXT [--limit N]
  chain REF [--format text|dot|svg] [--layout flow|pyramid] [--accounts N]
                           REF 服务哪些客户、谁为它供货，以及最薄弱环节
  chain --unconnected      列出工作没有到达任何外部客户的部门和同事
  satisfaction [REF] [--days N]
                           REF 近 N 天（默认 90 天）的满意度指数，或各部门的满意度排名
  request REF start|wait|done|reject|cancel|reopen [--note TEXT]
          [--rating N] [--feedback TEXT] [--provider-rating N] [--provider-feedback TEXT]
          [--delay-reason TEXT --corrective-action TEXT --corrective-owner REF]
  request REF comment --note TEXT
  request REF rate [--rating N] [--feedback TEXT] [--provider-rating N] [--provider-feedback TEXT]
  request REF reassign --to REF [--note TEXT]
                           推进服务请求的处理流程；评分为 1 到 5
  handover --from REF --to REF [--split REF,REF...] [--end-pairs] [--reason TEXT] [--notes TEXT]
           [--first-visit-days N] [--watch-days N] [--dry-run] [--brief FILE.pdf|FILE.html]
                           将离职同事负责的一切交接给接任者，并将其标记为已离职；
                           --split 在多位 REF 之间平均分配客户，
                           --dry-run 只显示交接计划，不写入任何内容
  handover undo ID         在交接所转移的内容均未变动时撤销该交接
  handover watch           可能随离职同事流失的已交接客户
  admin add-user LOGIN --staff REF --role rep|manager|admin
                           在团队服务器上让同事 REF 以 LOGIN（一个 PostgreSQL
                           登录角色）登录；密码为标准输入中的一行
  admin remove-user LOGIN  收回该登录名
  admin users              列出各登录名、其对应的同事以及能否登录
REF 为数字 id、确切名称或电子邮件地址。
退出码：0 完成，1 用法错误，2 输入有误，3 数据库问题，4 未找到，
5 读取之后已被他人修改（未写入任何内容）。
</translation>
    </message>
    <message>
        <source>migrate-to takes the address of an empty database: tandem-cli --database FILE migrate-to postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>migrate-to 需要一个空数据库的地址：tandem-cli --database 文件 migrate-to postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>migrate-to copies into another database, not into %1 itself.</source>
        <translation>migrate-to 用于复制到另一个数据库，不能复制到 %1 自身。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows<byte value="xd"/></source>
        <translation>%1：第 %2 行，共 %3 行<byte value="xd"/></translation>
    </message>
    <message>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>%1: %2 copied
</source>
        <translation>%1：已复制 %2
</translation>
    </message>
    <message>
        <source>The copy holds %1 %2 where the original holds %3; the new database is incomplete, empty it and run migrate-to again.</source>
        <translation>副本中有 %1 条 %2，而原库中有 %3 条；新数据库不完整，请清空后重新运行 migrate-to。</translation>
    </message>
    <message>
        <source>The copy in %1 does not pass check: %2</source>
        <translation>%1 中的副本未通过检查：%2</translation>
    </message>
    <message>
        <source>Copied %1 into %2; both hold the same.
</source>
        <translation>已将 %1 复制到 %2；两边数据一致。
</translation>
    </message>
    <message>
        <source>%1 is %2 (%3), who has left: the login cannot sign in until they are marked active again.
</source>
        <translation>%1 对应的是已离职的 %2（%3）：在其重新标记为在职之前，该登录名无法登录。
</translation>
    </message>
</context>
<context>
    <name>tandem::ConnectServerDialog</name>
    <message>
        <source>&amp;Remember the password in the keyring</source>
        <translation>在密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>Work in your team&apos;s shared database on a PostgreSQL server. Your administrator tells you the server, the database and your user name.</source>
        <translation>在 PostgreSQL 服务器上使用团队共享的数据库。服务器、数据库名称和您的用户名由管理员告知。</translation>
    </message>
    <message>
        <source>Left empty, the password comes from PGPASSWORD or ~/.pgpass, as for psql.</source>
        <translation>留空时，密码取自 PGPASSWORD 或 ~/.pgpass，与 psql 相同。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>There is no keyring on this desktop to keep the password in, so Tandem asks for it each time.</source>
        <translation>此桌面上没有可保存密码的密钥环，因此 Tandem 每次都会询问密码。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address under Host.</source>
        <translation>请在“主机”中填写服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Enter the name of your team&apos;s database on the server under Database.</source>
        <translation>请在“数据库”中填写团队在服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>请填写您在服务器上的用户名。</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>正在连接 %1...</translation>
    </message>
</context>
<context>
    <name>tandem::Csv</name>
    <message>
        <source>%1: this system cannot read %2 text.</source>
        <translation>%1：本系统无法读取 %2 编码的文本。</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1 不是有效的 %2 文本。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1，第 %2 行：带引号的字段没有结束（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line.</source>
        <translation>%1 是空的：没有表头行。</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor GB18030 text; save it again as &quot;CSV UTF-8&quot; (Excel: File › Save As) or choose its encoding.</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 文本；请重新另存为“CSV UTF-8”（Excel：文件 › 另存为），或选择它的编码。</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: holds a NUL character, which no text has (the file is damaged, or is UTF-16 saved without its byte order mark).</source>
        <translation>%1，第 %2 行，第 %3 个字段：含有 NUL 字符，而文本中不应有此字符（文件已损坏，或以 UTF-16 保存时缺少字节顺序标记）。</translation>
    </message>
</context>
<context>
    <name>tandem::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Internal customers</source>
        <translation>内部客户</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>External customers</source>
        <translation>外部客户</translation>
    </message>
    <message>
        <source>Follow-ups and handovers</source>
        <translation>跟进与交接</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Active colleagues</source>
        <translation>在职同事</translation>
    </message>
    <message>
        <source>Customer/supplier pairs</source>
        <translation>客户/供方关系对</translation>
    </message>
    <message>
        <source>One-sided pairs</source>
        <translation>单向关系对</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未完成的请求</translation>
    </message>
    <message>
        <source>Overdue requests</source>
        <translation>逾期请求</translation>
    </message>
    <message>
        <source>Done in the last 30 days</source>
        <translation>近 30 天已完成</translation>
    </message>
    <message>
        <source>Average rating, last 90 days</source>
        <translation>近 90 天平均评分</translation>
    </message>
    <message>
        <source>Loyal accounts</source>
        <translation>忠诚顾客</translation>
    </message>
    <message>
        <source>Floating accounts</source>
        <translation>游离顾客</translation>
    </message>
    <message>
        <source>Potential accounts</source>
        <translation>潜在顾客</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期跟进</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Handed-over accounts under watch</source>
        <translation>观察期内的交接客户</translation>
    </message>
    <message>
        <source>Colleagues who have left</source>
        <translation>已离职同事</translation>
    </message>
    <message>
        <source>Open the list behind this figure</source>
        <translation>打开此数字对应的列表</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>none rated</source>
        <translation>暂无评分</translation>
    </message>
    <message>
        <source>Today: follow-ups due</source>
        <translation>今日：到期的跟进</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln 项跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due today. Next steps logged with an account appear here on their due date.</source>
        <translation>今天没有到期的事项。为客户记录的下一步会在到期日出现在这里。</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed.</source>
        <translation>已逾期：截止日期已过。</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>将所选跟进标记为已完成</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>标记跟进已完成</translation>
    </message>
    <message>
        <source>My follow-ups only</source>
        <translation>只看我的跟进</translation>
    </message>
    <message>
        <source>closed in the last 30 days</source>
        <translation>近 30 天内关闭</translation>
    </message>
    <message>
        <source>rated, closed in the last 90 days</source>
        <translation>近 90 天内关闭且已评分</translation>
    </message>
    <message>
        <source>Service and satisfaction</source>
        <translation>服务与满意度</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时率</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Double-click a department to see the requests it provides</source>
        <translation>双击部门可查看由其提供服务的请求</translation>
    </message>
    <message>
        <source>Departments by satisfaction, last 90 days</source>
        <translation>部门满意度排名（近 90 天）</translation>
    </message>
    <message>
        <source>Satisfaction, last 12 months</source>
        <translation>满意度（近 12 个月）</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>closed in %1</source>
        <translation>关闭于 %1</translation>
    </message>
    <message>
        <source>closed in the week of %1</source>
        <translation>%1 当周关闭</translation>
    </message>
    <message>
        <source>raised in the week of %1</source>
        <translation>%1 当周提出</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Handed-over accounts at risk</source>
        <translation>有流失风险的已交接客户</translation>
    </message>
</context>
<context>
    <name>tandem::Database</name>
    <message>
        <source>No database file was named.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>在 %1 找不到数据库。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>%1 is not a Tandem database (it is not an SQLite file); it was left unchanged.</source>
        <translation>%1 不是 Tandem 数据库（它不是 SQLite 文件）；文件未作任何改动。</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it, so it was not upgraded: %2</source>
        <translation>升级前无法保留 %1 的副本，因此未进行升级：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging; is it on a network drive?</source>
        <translation>无法将 %1 切换为预写日志（WAL）模式；该文件是否位于网络驱动器上？</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed, nothing was changed: %2</source>
        <translation>将数据库升级到架构版本 %1 失败，未作任何更改：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 已存在，请为备份另选一个文件名。</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>在 %1 找不到备份。</translation>
    </message>
    <message>
        <source>%1 holds no Tandem data.</source>
        <translation>%1 中没有 Tandem 数据。</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current data, so nothing was restored: %1</source>
        <translation>无法保留当前数据的副本，因此未恢复任何数据：%1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Another copy of Tandem is using this database; close it and restore again. Nothing was changed.</source>
        <translation>另一个 Tandem 实例正在使用此数据库；请将其关闭后重新恢复。未作任何更改。</translation>
    </message>
    <message>
        <source>Restoring from %1 failed (%2); the database was left as it was.</source>
        <translation>从 %1 恢复失败（%2）；数据库保持原样。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>无法创建 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a Tandem database, or it is damaged; it was left unchanged.</source>
        <translation>%1 不是 Tandem 数据库，或者已损坏；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tandem database; it was left unchanged.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Tandem 数据库；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tandem (schema %2; this version reads up to %3). Update Tandem to open it; the file was left unchanged.</source>
        <translation>%1 由更新版本的 Tandem 写入（架构版本 %2；当前版本最高只能读取 %3）。请更新 Tandem 后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed); it was left unchanged. Restore it from a backup.</source>
        <translation>%1 已损坏（完整性检查未通过）；文件未作任何改动。请从备份恢复。</translation>
    </message>
    <message>
        <source>Another program is changing %1 right now; try again in a moment.</source>
        <translation>另一个程序正在修改 %1；请稍后再试。</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full; free some space and open it again.</source>
        <translation>存放 %1 的磁盘已满；请释放一些空间后重新打开。</translation>
    </message>
    <message>
        <source>Cannot open %1: Tandem needs to write to the file and to its folder (for the -wal and -shm files beside it), and one of them is read-only.</source>
        <translation>无法打开 %1：Tandem 需要写入该文件及其所在文件夹（用于旁边的 -wal 和 -shm 文件），而其中之一是只读的。</translation>
    </message>
    <message>
        <source>Cannot read %1: the disk reported an error (%2).</source>
        <translation>无法读取 %1：磁盘报告了错误（%2）。</translation>
    </message>
    <message>
        <source>There is no folder %1 for the database %2; check the name, or create it with init.</source>
        <translation>数据库 %2 所在的文件夹 %1 不存在；请检查名称，或用 init 创建。</translation>
    </message>
    <message>
        <source>%1 is a link to nothing; name a database file.</source>
        <translation>%1 是指向不存在目标的链接；请指定一个数据库文件。</translation>
    </message>
    <message>
        <source>%1 is not a file (it is a device, a pipe or a socket); name a database file.</source>
        <translation>%1 不是文件（而是设备、管道或套接字）；请指定一个数据库文件。</translation>
    </message>
    <message>
        <source>%1 is an empty file that others can read or that is not yours, so Tandem will not put data in it; remove it or choose a new name.</source>
        <translation>%1 是一个他人可读或不属于您的空文件，Tandem 不会把数据写入其中；请删除它或另选一个名称。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>There is no folder %1; create it first or choose another place for the backup.</source>
        <translation>文件夹 %1 不存在；请先创建它，或为备份另选位置。</translation>
    </message>
    <message>
        <source>%1 is not a Tandem backup (it is not a file).</source>
        <translation>%1 不是 Tandem 备份（它不是文件）。</translation>
    </message>
    <message>
        <source>%1 is the open database itself, not a backup of it.</source>
        <translation>%1 就是当前打开的数据库本身，而不是它的备份。</translation>
    </message>
    <message>
        <source>The team server %1 refused the user name or password; check them and sign in again.</source>
        <translation>团队服务器 %1 拒绝了该用户名或密码；请检查后重新登录。</translation>
    </message>
    <message>
        <source>The team server %1 has no database %2; check its name, or ask its administrator to create it.</source>
        <translation>团队服务器 %1 上没有数据库 %2；请检查名称，或请管理员创建它。</translation>
    </message>
    <message>
        <source>The team server %1 does not let %2 sign in (the account is disabled, or not allowed from this computer).</source>
        <translation>团队服务器 %1 不允许 %2 登录（该账户已停用，或不允许从这台电脑登录）。</translation>
    </message>
    <message>
        <source>Cannot reach the team server %1: it is down or the network is cut; try again in a moment.</source>
        <translation>无法连接团队服务器 %1：服务器已停止或网络中断；请稍后重试。</translation>
    </message>
    <message>
        <source>Cannot sign in to the team server %1: %2</source>
        <translation>无法登录团队服务器 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 on the team server holds another program&apos;s tables, not Tandem&apos;s; it was left unchanged.</source>
        <translation>团队服务器上的数据库 %1 存放的是其他程序的表，不是 Tandem 的；未作任何更改。</translation>
    </message>
    <message>
        <source>The database %1 on the team server is not marked as Tandem&apos;s; it was left unchanged.</source>
        <translation>团队服务器上的数据库 %1 未标记为 Tandem 数据库；未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tandem (schema %2; this version reads up to %3). Update Tandem to open it; the database was left unchanged.</source>
        <translation>%1 由更新版本的 Tandem 写入（架构版本 %2；本版本最多支持 %3）。请升级 Tandem 后再打开；数据库未作任何更改。</translation>
    </message>
    <message>
        <source>The database %1 on the team server is empty; create Tandem&apos;s tables in it with tandem-cli init.</source>
        <translation>团队服务器上的数据库 %1 是空的；请用 tandem-cli init 在其中创建 Tandem 的表。</translation>
    </message>
    <message>
        <source>Backup and restore copy a database file; a team server&apos;s data is copied with export all and import all (or by its administrator with pg_dump).</source>
        <translation>备份与恢复针对的是数据库文件；团队服务器上的数据请用 export all 和 import all 复制（或由其管理员用 pg_dump 复制）。</translation>
    </message>
</context>
<context>
    <name>tandem::DateField</name>
    <message>
        <source>Tick to give a date; untick for none</source>
        <translation>勾选以填写日期；取消勾选则不填日期</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>已填日期</translation>
    </message>
    <message>
        <source>Quick choices</source>
        <translation>快捷选择</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>一周后</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>A week ago</source>
        <translation>一周前</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>tandem::DemoOrganisation</name>
    <message>
        <source>The demo organisation can only fill an empty database, and this one already holds departments, staff or accounts.</source>
        <translation>演示组织只能填入空数据库，而此数据库中已有部门、员工或外部客户。</translation>
    </message>
    <message>
        <source>Filling the demo organisation was cancelled; nothing was written.</source>
        <translation>已取消填入演示组织；未写入任何数据。</translation>
    </message>
    <message>
        <source>The demo data file %1 names &quot;%2&quot;, which it does not define.</source>
        <translation>演示数据文件 %1 引用了“%2”，但文件中没有定义它。</translation>
    </message>
    <message>
        <source>The demo data file %1 cannot be read: %2.</source>
        <translation>无法读取演示数据文件 %1：%2。</translation>
    </message>
</context>
<context>
    <name>tandem::DepartmentTreeModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation>在职员工</translation>
    </message>
</context>
<context>
    <name>tandem::DuplicateFinder</name>
    <message>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>same name in the same city</source>
        <translation>同一城市中名称相同</translation>
    </message>
</context>
<context>
    <name>tandem::Entity</name>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>关系对</translation>
    </message>
    <message>
        <source>account</source>
        <translation>外部客户</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>request</source>
        <translation>服务请求</translation>
    </message>
</context>
<context>
    <name>tandem::EntityStore</name>
    <message>
        <source>department, staff member or account</source>
        <translation>部门、员工或外部客户</translation>
    </message>
    <message>
        <source>Field %1 is required.</source>
        <translation>字段 %1 为必填项。</translation>
    </message>
    <message>
        <source>Field %1 must be one line.</source>
        <translation>字段 %1 只能是单行文本。</translation>
    </message>
    <message>
        <source>Field %1 must be a whole number, not &apos;%2&apos;.</source>
        <translation>字段 %1 必须为整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Field %1 must be a whole number of minor units (cents, fen), not &apos;%2&apos;.</source>
        <translation>字段 %1 必须为以最小货币单位（如分、美分）计的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Field %1 cannot be negative.</source>
        <translation>字段 %1 不能为负数。</translation>
    </message>
    <message>
        <source>Field %1 must be 0 or 1, not &apos;%2&apos;.</source>
        <translation>字段 %1 必须为 0 或 1，而不是“%2”。</translation>
    </message>
    <message>
        <source>Field %1 must be a rating from 1 to 5, not &apos;%2&apos;.</source>
        <translation>字段 %1 必须为 1 到 5 的评分，而不是“%2”。</translation>
    </message>
    <message>
        <source>Field %1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>字段 %1 必须为 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>Field %1: &apos;%2&apos; is not an e-mail address.</source>
        <translation>字段 %1：“%2”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Field %1 must be a date like 2026-03-01, not &apos;%2&apos;.</source>
        <translation>字段 %1 必须为日期，格式如 2026-03-01，而不是“%2”。</translation>
    </message>
    <message>
        <source>Field %1 must be a date and time like 2026-03-01T09:30:00Z, not &apos;%2&apos;.</source>
        <translation>字段 %1 必须为日期和时间，格式如 2026-03-01T09:30:00Z，而不是“%2”。</translation>
    </message>
    <message>
        <source>Field %1: %2</source>
        <translation>字段 %1：%2</translation>
    </message>
    <message>
        <source>Field manager_id: a colleague who has left cannot be a manager.</source>
        <translation>字段 manager_id：已离职的同事不能担任上级。</translation>
    </message>
    <message>
        <source>Field left_on: a colleague cannot leave before joining.</source>
        <translation>字段 left_on：离职日期不能早于入职日期。</translation>
    </message>
    <message>
        <source>Field owner_id: a colleague who has left cannot own accounts.</source>
        <translation>字段 owner_id：已离职的同事不能担任客户负责人。</translation>
    </message>
    <message>
        <source>Field b_party: a pair needs two different parties.</source>
        <translation>字段 b_party：关系对必须由两个不同的当事方组成。</translation>
    </message>
    <message>
        <source>Field %1: a colleague who has left cannot join a pair.</source>
        <translation>字段 %1：已离职的同事不能加入关系对。</translation>
    </message>
    <message>
        <source>This pair exists already (pair %1).</source>
        <translation>该关系对已存在（关系对 %1）。</translation>
    </message>
    <message>
        <source>Field contact_id: that contact belongs to another account.</source>
        <translation>字段 contact_id：该联系人属于其他客户。</translation>
    </message>
    <message>
        <source>Field next_step: a due date needs a next step to go with it.</source>
        <translation>字段 next_step：设置了截止日期时，必须同时填写下一步。</translation>
    </message>
    <message>
        <source>Field purchased_on: a purchase cannot be dated in the future.</source>
        <translation>字段 purchased_on：购买日期不能是将来的日期。</translation>
    </message>
    <message>
        <source>Field currency must be a three-letter code such as CNY, USD or EUR, not &apos;%1&apos;.</source>
        <translation>字段 currency 必须为三个字母的货币代码，如 CNY、USD 或 EUR，而不是“%1”。</translation>
    </message>
    <message>
        <source>Field provider: a party cannot request service from itself.</source>
        <translation>字段 provider：不能向自己请求服务。</translation>
    </message>
    <message>
        <source>Field due_at: the due date is before the request was created.</source>
        <translation>字段 due_at：截止时间早于请求的创建时间。</translation>
    </message>
    <message>
        <source>Field requester_rating: only a closed request can be rated.</source>
        <translation>字段 requester_rating：只有已关闭的请求才能评分。</translation>
    </message>
    <message>
        <source>There is no kind of record called %1.</source>
        <translation>没有名为 %1 的记录类型。</translation>
    </message>
    <message>
        <source>No %1 was named.</source>
        <translation>未指定%1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches more than one %2 (ids %3); use the id.</source>
        <translation>“%1”匹配到多个%2（id：%3）；请使用 id。</translation>
    </message>
    <message>
        <source>No %1 matches &apos;%2&apos;.</source>
        <translation>没有与“%2”匹配的%1。</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>不存在 id 为 %2 的%1。</translation>
    </message>
    <message>
        <source>There is no field %2 for a record of type %1; the fields are %3.</source>
        <translation>%1记录没有字段 %2；可用字段为 %3。</translation>
    </message>
    <message>
        <source>There is no field %2 to filter records of type %1 by.</source>
        <translation>%1记录没有可用于筛选的字段 %2。</translation>
    </message>
    <message>
        <source>Field parent_id: a department cannot sit under itself or under one of its own sub-departments.</source>
        <translation>字段 parent_id：部门不能隶属于自身或其下级部门。</translation>
    </message>
    <message>
        <source>Field manager_id: a colleague cannot report to themselves, directly or through others.</source>
        <translation>字段 manager_id：同事不能直接或间接向自己汇报。</translation>
    </message>
    <message>
        <source>%1 still has colleagues or sub-departments; only an empty department can be removed.</source>
        <translation>%1 仍有同事或下级部门；只能删除空部门。</translation>
    </message>
    <message>
        <source>%1 has history in Tandem and cannot be removed; mark the colleague as departed instead.</source>
        <translation>%1 在 Tandem 中已有历史记录，不能删除；请改为标记为已离职。</translation>
    </message>
    <message>
        <source>%1 cannot be removed: other records still refer to it.</source>
        <translation>无法删除 %1：仍有其他记录引用它。</translation>
    </message>
    <message>
        <source>%1 does not stand above %2 in the organization; in a rank pair, A is the superior. Check the order.</source>
        <translation>在组织中 %1 并不高于 %2；职级客户关系中 A 应为上级，请检查顺序。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Field provider: a colleague who has left cannot take on requests; choose someone who is still here.</source>
        <translation>字段 provider：已离职的同事不能承接服务请求；请选择在职的同事。</translation>
    </message>
    <message>
        <source>Field corrective_owner: a colleague who has left cannot own a corrective action.</source>
        <translation>字段 corrective_owner：已离职的同事不能担任改进措施负责人。</translation>
    </message>
    <message>
        <source>Field %1 is too large: the most it takes is %2 minor units, not &apos;%3&apos;.</source>
        <translation>字段 %1 的数值过大：最多为 %2 个最小货币单位，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 has contacts or history in Tandem and cannot be removed; if it is the same customer as another account, merge the two instead.</source>
        <translation>%1 在 Tandem 中有联系人或历史记录，不能删除；如果它与另一个客户是同一个客户，请改为合并这两个客户。</translation>
    </message>
</context>
<context>
    <name>tandem::ExportFile</name>
    <message>
        <source>%1 is the open Tandem database (or one of its own files); choose another file name. Nothing was written.</source>
        <translation>%1 是当前打开的 Tandem 数据库（或其附属文件）；请另选文件名。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请另选一个新文件名。</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, a device or a pipe); choose a file name.</source>
        <translation>%1 不是文件（而是文件夹、设备或管道）；请选择一个文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full; nothing was written. Free some space and try again.</source>
        <translation>无法写入 %1：磁盘已满；未写入任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was written.</source>
        <translation>无法写入 %1：%2；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>tandem::Field</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Rank level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>A 方</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>B 方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>What A supplies B</source>
        <translation>A 方提供给 B 方的内容</translation>
    </message>
    <message>
        <source>What B supplies A</source>
        <translation>B 方提供给 A 方的内容</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>下一步截止日期</translation>
    </message>
    <message>
        <source>Next step done</source>
        <translation>下一步已完成</translation>
    </message>
    <message>
        <source>Purchased on</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Amount (minor units)</source>
        <translation>金额（最小货币单位）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>From a competitor</source>
        <translation>购自竞争对手</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>请求方</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务方</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>关系对</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>验收标准</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Delay reason</source>
        <translation>延误原因</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Corrective action owner</source>
        <translation>改进措施负责人</translation>
    </message>
    <message>
        <source>Requester&apos;s rating</source>
        <translation>请求方评分</translation>
    </message>
    <message>
        <source>Requester&apos;s feedback</source>
        <translation>请求方反馈</translation>
    </message>
    <message>
        <source>Provider&apos;s rating</source>
        <translation>服务方评分</translation>
    </message>
    <message>
        <source>Provider&apos;s feedback</source>
        <translation>服务方反馈</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>tandem::Generator</name>
    <message>
        <source>generate needs at least 10 staff and 1 account.</source>
        <translation>generate 至少需要 10 名员工和 1 个外部客户。</translation>
    </message>
    <message>
        <source>generate fills an empty database only; this one already holds data.</source>
        <translation>generate 只能填充空数据库；此数据库中已有数据。</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>建立索引</translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing was written.</source>
        <translation>已取消生成；未写入任何数据。</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Generating data</source>
        <translation>生成数据</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>外部客户</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>interactions and purchases</source>
        <translation>互动记录和购买记录</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>服务请求</translation>
    </message>
</context>
<context>
    <name>tandem::GlobalSearch</name>
    <message>
        <source>Accounts</source>
        <translation>外部客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>left the company</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>%1 · left the company</source>
        <translation>%1 · 已离职</translation>
    </message>
    <message>
        <source>Find anything (Ctrl+K)</source>
        <translation>查找任何内容（Ctrl+K）</translation>
    </message>
    <message>
        <source>Accounts, contacts, colleagues, departments and requests: names, e-mails, phone digits, cities and titles; Chinese by characters or pinyin</source>
        <translation>外部客户、联系人、同事、部门和服务请求：名称、电子邮件、电话号码中的数字、城市和标题；中文可按汉字、拼音或拼音首字母查找</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
</context>
<context>
    <name>tandem::Graphviz</name>
    <message>
        <source>The chain could not be read as a Graphviz graph.</source>
        <translation>无法将服务链读取为 Graphviz 图。</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the chain.</source>
        <translation>Graphviz 无法排布这条服务链。</translation>
    </message>
    <message>
        <source>Graphviz cannot write %1 files.</source>
        <translation>Graphviz 无法写出 %1 文件。</translation>
    </message>
</context>
<context>
    <name>tandem::Handover</name>
    <message>
        <source>There is no colleague with id %1.</source>
        <translation>没有 id 为 %1 的同事。</translation>
    </message>
    <message>
        <source>Choose a successor: the colleague who takes over what is not given to someone else.</source>
        <translation>请选择接任者：由其接手未分给他人的全部内容。</translation>
    </message>
    <message>
        <source>%1 cannot hand over to themselves; choose another successor.</source>
        <translation>%1 不能交接给自己，请选择其他接任者。</translation>
    </message>
    <message>
        <source>The successor must be a colleague; %1 is not one.</source>
        <translation>接任者必须是同事，而 %1 不是。</translation>
    </message>
    <message>
        <source>%1 has left and cannot take anything over; choose a colleague who is still here.</source>
        <translation>%1 已离职，不能接手任何内容；请选择在职的同事。</translation>
    </message>
    <message>
        <source>%1 holds no accounts, follow-ups, open requests or pairs: there is nothing to hand over.</source>
        <translation>%1 没有负责的客户、跟进、未完成请求或关系对：没有可交接的内容。</translation>
    </message>
    <message>
        <source>The request &quot;%1&quot; is between %2 and the successor, who cannot serve themselves: reassign or close it first.</source>
        <translation>请求“%1”发生在 %2 与接任者之间，接任者不能为自己服务：请先转派或关闭该请求。</translation>
    </message>
    <message>
        <source>%1 already has a pair of this kind with %2: end the pair of %3 instead.</source>
        <translation>%1 与 %2 已有同类关系对：请改为结束 %3 的这个关系对。</translation>
    </message>
    <message>
        <source>First in-person visit to %1 by %2</source>
        <translation>%2 前首次上门拜访 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (asked of %2)</source>
        <translation>%1（向 %2 提出）</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1（为 %2 服务）</translation>
    </message>
    <message>
        <source>%1 pair with %2</source>
        <translation>与 %2 的%1关系对</translation>
    </message>
    <message>
        <source>Took the account over from %1.</source>
        <translation>从 %1 处接手该客户。</translation>
    </message>
    <message>
        <source>First in-person visit as the new account owner</source>
        <translation>作为新负责人首次上门拜访</translation>
    </message>
    <message>
        <source>Follow-up handed over from %1.</source>
        <translation>由 %1 交接而来的跟进。</translation>
    </message>
    <message>
        <source>There is no handover %1.</source>
        <translation>没有交接 %1。</translation>
    </message>
    <message>
        <source>the owner of %1</source>
        <translation>%1 的负责人</translation>
    </message>
    <message>
        <source>a follow-up or planned visit</source>
        <translation>某项跟进或计划拜访</translation>
    </message>
    <message>
        <source>the request &quot;%1&quot;</source>
        <translation>请求“%1”</translation>
    </message>
    <message>
        <source>a pair</source>
        <translation>某个关系对</translation>
    </message>
    <message>
        <source>The handover cannot be undone: %1 changed since. Change them back, or hand over again.</source>
        <translation>无法撤销该交接：%1 此后已有变动。请先改回，或重新交接。</translation>
    </message>
    <message>
        <source>Nobody has contacted %1 since the handover on %2.</source>
        <translation>自 %2 交接以来，无人联系过 %1。</translation>
    </message>
    <message>
        <source>%1 bought from a competitor since the handover on %2.</source>
        <translation>自 %2 交接以来，%1 从竞争对手处采购过。</translation>
    </message>
    <message>
        <source>%1 dropped from %2 to %3 since the handover on %4.</source>
        <translation>自 %4 交接以来，%1 从%2降为%3。</translation>
    </message>
    <message>
        <source>Handover briefing</source>
        <translation>交接说明</translation>
    </message>
    <message>
        <source>Handover briefing: %1</source>
        <translation>交接说明：%1</translation>
    </message>
    <message>
        <source>Handed over on %1 to %2; watched until %3.</source>
        <translation>于 %1 交接给 %2；观察至 %3。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Person to ask:</source>
        <translation>可咨询的人：</translation>
    </message>
    <message>
        <source>Segment: %1 · City: %2 · New owner: %3</source>
        <translation>客户类型：%1 · 城市：%2 · 新负责人：%3</translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation>交接说明：</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Segment history</source>
        <translation>客户类型变化</translation>
    </message>
    <message>
        <source>Purchases by year</source>
        <translation>按年采购</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>最近互动</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未完成事项</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原类型</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新类型</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>From us</source>
        <translation>向我方采购</translation>
    </message>
    <message>
        <source>From competitors</source>
        <translation>向竞争对手采购</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>%1 (its corrective action)</source>
        <translation>%1（其改进措施）</translation>
    </message>
    <message>
        <source>The first visit must be planned within %1 to %2 days, not %3.</source>
        <translation>首次拜访必须安排在 %1 到 %2 天之内，而不是 %3 天。</translation>
    </message>
    <message>
        <source>The accounts can be watched for %1 to %2 days, not %3.</source>
        <translation>客户的观察期可为 %1 到 %2 天，而不是 %3 天。</translation>
    </message>
    <message>
        <source>Nobody has contacted %1 since the handover on %2, and the first visit planned for %3 has not happened.</source>
        <translation>自 %2 交接以来无人联系过 %1，原定于 %3 的首次拜访也未进行。</translation>
    </message>
    <message>
        <source>Briefing - %1 - %2</source>
        <translation>交接说明 - %1 - %2</translation>
    </message>
</context>
<context>
    <name>tandem::HandoverWizard</name>
    <message>
        <source>Hand Over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Who leaves, and what they hold</source>
        <translation>谁离职，负责哪些内容</translation>
    </message>
    <message>
        <source>Who takes over</source>
        <translation>谁来接任</translation>
    </message>
    <message>
        <source>Briefing notes</source>
        <translation>交接说明</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Write for each account what is not in the data: who decides, what they care about, what was promised.</source>
        <translation>请为每个客户写下数据中没有的信息：谁拍板、对方在意什么、已承诺过什么。</translation>
    </message>
    <message>
        <source>Write for each account what is not in the data: who decides, what they care about, what was promised. The person to ask afterwards is %1, %2&apos;s manager.</source>
        <translation>请为每个客户写下数据中没有的信息：谁拍板、对方在意什么、已承诺过什么。之后可以咨询 %2 的上级 %1。</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>负责内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Bought, last 12 months</source>
        <translation>近 12 个月采购额</translation>
    </message>
    <message>
        <source>Departing colleague:</source>
        <translation>离职同事：</translation>
    </message>
    <message>
        <source>One successor takes over everything</source>
        <translation>由一位接任者接手全部内容</translation>
    </message>
    <message>
        <source>Split the accounts evenly among these colleagues:</source>
        <translation>在以下同事之间平均分配客户：</translation>
    </message>
    <message>
        <source>Choose a successor for each account:</source>
        <translation>为每个客户选择接任者：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>接任者</translation>
    </message>
    <message>
        <source>Give Selected Accounts To</source>
        <translation>将所选客户交给</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>关系对</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>结束</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Successor:</source>
        <translation>接任者：</translation>
    </message>
    <message>
        <source>First in-person visit within:</source>
        <translation>首次上门拜访期限：</translation>
    </message>
    <message>
        <source>Watch the accounts for:</source>
        <translation>客户观察期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The successor takes the departing colleague&apos;s place in each pair, unless the pair is ended:</source>
        <translation>接任者在每个关系对中接替离职同事的位置，除非结束该关系对：</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>交接说明</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>This is exactly what moves. Completed interactions, closed requests and ratings stay credited to whoever did them. The departing colleague is marked as departed today.</source>
        <translation>以下就是将要转移的全部内容。已完成的互动、已关闭的请求和评分仍记在原经办人名下。离职同事将于今天标记为已离职。</translation>
    </message>
    <message>
        <source>Choose the colleague who leaves; Tandem lists everything they hold.</source>
        <translation>请选择离职的同事；Tandem 会列出其负责的全部内容。</translation>
    </message>
    <message>
        <source>%1 holds nothing to hand over.</source>
        <translation>%1 没有可交接的内容。</translation>
    </message>
    <message>
        <source>%1 holds %2, %3, %4 and %5.</source>
        <translation>%1 负责 %2、%3、%4 和 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n 项未完成跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n 条未完成请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n 个关系对</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完成跟进</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未完成请求</translation>
    </message>
    <message>
        <source>asked of %1</source>
        <translation>向 %1 提出</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>为 %1 服务</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>关系对</translation>
    </message>
    <message>
        <source>Accounts, with their contacts</source>
        <translation>客户（连同联系人）</translation>
    </message>
    <message>
        <source>First visits planned</source>
        <translation>计划的首次拜访</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Choose the colleague who leaves.</source>
        <translation>请选择离职的同事。</translation>
    </message>
    <message>
        <source>%1 holds no accounts, follow-ups, open requests or pairs: there is nothing to hand over.</source>
        <translation>%1 没有负责的客户、跟进、未完成请求或关系对：没有可交接的内容。</translation>
    </message>
    <message>
        <source>Hand over from %1</source>
        <translation>交接 %1 的工作</translation>
    </message>
    <message>
        <source>Type a colleague&apos;s name</source>
        <translation>输入同事姓名</translation>
    </message>
    <message>
        <source>Add to the List</source>
        <translation>加入列表</translation>
    </message>
</context>
<context>
    <name>tandem::HandoversPage</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Now with</source>
        <translation>现负责人</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>交接</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handover(s)</source>
        <translation>
            <numerusform>%Ln 次交接</numerusform>
        </translation>
    </message>
    <message>
        <source>No handovers yet. When a colleague leaves, New Handover passes their clients and open work to successors, with a briefing for each account.</source>
        <translation>暂无交接。同事离职时，用“新建交接”把其客户和未完成工作交给接任者，并为每个客户附上交接说明。</translation>
    </message>
    <message>
        <source>New Handover...</source>
        <translation>新建交接...</translation>
    </message>
    <message>
        <source>Save Briefing...</source>
        <translation>保存交接说明...</translation>
    </message>
    <message>
        <source>Undo Handover...</source>
        <translation>撤销交接...</translation>
    </message>
    <message>
        <source>No handed-over account under watch shows a risk of leaving.</source>
        <translation>观察期内的已交接客户均无流失迹象。</translation>
    </message>
    <message numerus="yes">
        <source>Handed-over accounts at risk of leaving with the colleague: %Ln</source>
        <translation>
            <numerusform>可能随离职同事流失的已交接客户：%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Briefing document</source>
        <translation>交接说明</translation>
    </message>
    <message>
        <source>The handover is done. Save its briefing document now, to print or send to the successors?</source>
        <translation>交接已完成。现在保存交接说明，以便打印或发给接任者吗？</translation>
    </message>
    <message>
        <source>Save Briefing</source>
        <translation>保存交接说明</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>PDF 文档 (*.pdf);;网页 (*.html)</translation>
    </message>
    <message>
        <source>Choose a handover in the list first.</source>
        <translation>请先在列表中选择一次交接。</translation>
    </message>
    <message>
        <source>Undo Handover</source>
        <translation>撤销交接</translation>
    </message>
    <message>
        <source>Give everything this handover moved back to the colleague who left, and mark them as still here if the handover marked them departed?</source>
        <translation>把这次交接转移的一切还给离职的同事，并在交接曾将其标记为离职时恢复为在职吗？</translation>
    </message>
</context>
<context>
    <name>tandem::IdentityBar</name>
    <message>
        <source>This Is Me</source>
        <translation>这是我</translation>
    </message>
    <message>
        <source>Type your name</source>
        <translation>输入您的姓名</translation>
    </message>
    <message>
        <source>Not now: ask again under Edit ▸ Who Am I...</source>
        <translation>暂不选择：之后可在“编辑 ▸ 我是谁...”中再选</translation>
    </message>
</context>
<context>
    <name>tandem::ImportMapping</name>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact&apos;s job title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Contact&apos;s mobile</source>
        <translation>联系人手机</translation>
    </message>
</context>
<context>
    <name>tandem::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV (from Excel, WPS or Numbers, in any encoding) or contacts exported from a phone as vCards (.vcf).</source>
        <translation>另存为 CSV 的电子表格（来自 Excel、WPS 或 Numbers，任何编码均可），或从手机导出的联系人名片（.vcf）。</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese Excel)</source>
        <translation>GB18030 / GBK（中文版 Excel）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;It holds:</source>
        <translation>内容(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>vCards hold contacts. Each contact goes to the account its organization names; an account is created when there is none.</source>
        <translation>名片里是联系人。每位联系人归入其单位（ORG）所指的客户；没有该客户时会新建。</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>对应各列</translation>
    </message>
    <message>
        <source>Say which field each column holds. Columns set to &quot;Do not import&quot; are left out. Tandem remembers the choice for files with the same columns.</source>
        <translation>请指定每一列对应的字段。设为“不导入”的列会被忽略。对列相同的文件，Tandem 会记住这次的选择。</translation>
    </message>
    <message>
        <source>Check Before Importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>This is what the import would do. Nothing has been written yet.</source>
        <translation>以下是导入将会做的事。目前尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <source>Import nothing while any row is rejected (fix the file and try again)</source>
        <translation>只要有一行被拒收就什么都不导入（修改文件后重试）</translation>
    </message>
    <message>
        <source>Import the valid rows, and save the rejected ones to a file with the reason for each</source>
        <translation>导入有效的行，并把被拒收的行连同原因另存为文件</translation>
    </message>
    <message>
        <source>No column is set to %1, which every row needs; choose the column that holds it.</source>
        <translation>没有任何列对应到%1，而每一行都需要它；请选择包含它的那一列。</translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; are both set to %3; set one of them to another field or to &quot;Do not import&quot;.</source>
        <translation>“%1”列和“%2”列都对应到了%3；请把其中一列改为其他字段或“不导入”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <source>%1 has no rows below its header; there is nothing to import.</source>
        <translation>%1 在表头下没有任何行，没有可导入的内容。</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>%1 rows, read as %2, separated by %3. The first %4 rows are shown.</source>
        <translation>共 %1 行，按 %2 读取，以%3分隔。下面显示前 %4 行。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) in the file. Each goes to the account its organization names; an account is created when there is none.</source>
        <translation>
            <numerusform>文件中有 %Ln 位联系人。每位归入其单位所指的客户；没有该客户时会新建。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)...</source>
        <translation>
            <numerusform>正在检查 %Ln 行...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row(s)...</source>
        <translation>
            <numerusform>正在导入 %Ln 行...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated (matched by e-mail, else by name), %4 rejected.</source>
        <translation>共 %1 行：新增 %2，更新 %3（先按邮箱匹配，其次按名称），拒收 %4。</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>没有可以导入的行。</translation>
    </message>
    <message>
        <source>Fix the rejected rows in the file and import it again, or choose to import the valid rows.</source>
        <translation>请在文件中改正被拒收的行后重新导入，或选择只导入有效的行。</translation>
    </message>
    <message>
        <source>Save the Rejected Rows</source>
        <translation>保存被拒收的行</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-拒收</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Rows were rejected, so nothing was written; see the list.</source>
        <translation>有行被拒收，因此未写入任何数据；请查看列表。</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated.</source>
        <translation>已导入：新增 %1，更新 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) saved to %1 with the reason for each.</source>
        <translation>
            <numerusform>%Ln 行被拒收的行已连同原因保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets, vCards and Tandem archives (*.csv *.txt *.tsv *.vcf *.json);;All files (*)</source>
        <translation>电子表格、名片和 Tandem 存档 (*.csv *.txt *.tsv *.vcf *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A Tandem archive (File › Export › Everything) is restored whole, into an empty database only: create one with File › New Database first.</source>
        <translation>Tandem 存档（文件 › 导出 › 全部数据）会整体恢复，而且只能恢复到空数据库中：请先用“文件 › 新建数据库”创建一个。</translation>
    </message>
    <message>
        <source>Restoring %1...</source>
        <translation>正在恢复 %1...</translation>
    </message>
    <message>
        <source>%1 was restored into this database.</source>
        <translation>%1 已恢复到此数据库。</translation>
    </message>
    <message>
        <source>Look Over the Contacts</source>
        <translation>查看联系人</translation>
    </message>
    <message>
        <source>The first contacts of the file, as Tandem reads them.</source>
        <translation>文件中的前几位联系人，按 Tandem 读取的样子显示。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact person(s) added to their accounts.</source>
        <translation>
            <numerusform>已为客户添加 %Ln 位联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the open Tandem database itself; choose a file to import.</source>
        <translation>%1 就是当前打开的 Tandem 数据库；请选择要导入的文件。</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>被拒绝的行未能保存：%1</translation>
    </message>
</context>
<context>
    <name>tandem::Importer</name>
    <message>
        <source>No column holds the %1, which every row needs; map one to it.</source>
        <translation>没有任何一列对应“%1”，而每一行都需要它；请把一列对应到它。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>the %1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is given without a %2.</source>
        <translation>填写了%1，却没有%2。</translation>
    </message>
    <message>
        <source>%1 must be one line.</source>
        <translation>%1必须是一行。</translation>
    </message>
    <message>
        <source>The import cannot be taken back: %1</source>
        <translation>无法撤销这次导入：%1</translation>
    </message>
    <message>
        <source>%1 was changed after it.</source>
        <translation>%1 在导入后已被修改。</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2.</source>
        <translation>该行有 %1 个字段，而表头只有 %2 个。</translation>
    </message>
</context>
<context>
    <name>tandem::ListColumn</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Rank level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>A 方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>B 方</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>What A supplies B</source>
        <translation>A 方提供给 B 方的内容</translation>
    </message>
    <message>
        <source>What B supplies A</source>
        <translation>B 方提供给 A 方的内容</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供方</translation>
    </message>
    <message>
        <source>With</source>
        <translation>提供内容</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>请求方</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务方</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>From</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>接替人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>交接项数</translation>
    </message>
    <message>
        <source>Watched until</source>
        <translation>观察截止日期</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>服务对象</translation>
    </message>
    <message numerus="yes">
        <source>%Ln external account(s)</source>
        <translation>
            <numerusform>%Ln 个外部客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Bought, last 12 months</source>
        <translation>近 12 个月购买额</translation>
    </message>
    <message>
        <source>%1 (several currencies)</source>
        <translation>%1（多种货币）</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>下一步截止日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>外部客户</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue by %Ln day(s))</source>
        <translation>
            <numerusform>%1（逾期 %Ln 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>关系对</translation>
    </message>
    <message>
        <source>%1 (overdue today)</source>
        <translation>%1（今天已逾期）</translation>
    </message>
</context>
<context>
    <name>tandem::ListMenus</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export Selected...</source>
        <translation>导出所选...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Columns shown</source>
        <translation>显示的列</translation>
    </message>
</context>
<context>
    <name>tandem::ListPage</name>
    <message>
        <source>Sorting %1 rows by %2 would take too long; they stay sorted by %3.</source>
        <translation>按“%2”对 %1 行排序耗时过长，仍按“%3”排序。</translation>
    </message>
    <message>
        <source>The list cannot be sorted by %1; it stays sorted by %2.</source>
        <translation>列表不能按“%1”排序，仍按“%2”排序。</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Save the list as shown, for Excel (CSV)</source>
        <translation>按当前显示保存列表，供 Excel 使用（CSV）</translation>
    </message>
    <message>
        <source>Export the List</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>供 Excel 使用的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cells that begin with = + - or @ can run as formulas when a spreadsheet opens the file. Tandem puts an apostrophe in front of them so that they stay plain text; export them as they are only for a program that needs the exact text.</source>
        <translation>以 = + - 或 @ 开头的单元格在电子表格打开文件时可能被当作公式执行。Tandem 会在它们前面加一个撇号，使其保持为纯文本；只有在某个程序需要原样文本时，才按原样导出。</translation>
    </message>
    <message>
        <source>Export Safely</source>
        <translation>安全导出</translation>
    </message>
    <message>
        <source>Export As Is</source>
        <translation>按原样导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)...</source>
        <translation>
            <numerusform>正在导出 %n 行...</numerusform>
        </translation>
    </message>
    <message>
        <source>Search this list</source>
        <translation>搜索此列表</translation>
    </message>
    <message>
        <source>Names, e-mails, phone digits, cities and titles; Chinese by characters or pinyin (Ctrl+F)</source>
        <translation>名称、电子邮件、电话号码中的数字、城市和标题；中文可按汉字、拼音或拼音首字母查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Nothing in this list matches “%1”.</source>
        <translation>此列表中没有与“%1”匹配的内容。</translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message>
        <source>%1 – Tandem</source>
        <translation>%1 – Tandem</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>内部关系</translation>
    </message>
    <message>
        <source>Chain map</source>
        <translation>服务链图</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>外部客户</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Service chain: who serves whom</source>
        <translation>服务链：谁为谁提供服务</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the chain</source>
        <translation>
            <numerusform>服务链中共 %n 个环节</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is empty. It grows from pairs and from the accounts each colleague owns; add them with tandem-cli, %1</source>
        <translation>服务链为空。服务链由关系对以及每位同事负责的客户构成；可用 tandem-cli 添加，%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>组织架构(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>内部关系(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Chain Map</source>
        <translation>服务链图(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>外部客户(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>服务请求(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Handovers</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>关于 Tandem(&amp;A)</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>关于 Tandem</translation>
    </message>
    <message>
        <source>Tandem %1

A CRM for both kinds of customer: the colleagues and departments who serve each other inside the company, and the accounts who buy from it.</source>
        <translation>Tandem %1

一款兼顾两类客户的 CRM：在公司内部相互提供服务的同事和部门，以及向公司购买产品的外部客户。</translation>
    </message>
    <message>
        <source>or load the demo organization from the File menu.</source>
        <translation>或从“文件”菜单载入演示组织。</translation>
    </message>
    <message>
        <source>Load the &amp;Demo Organization</source>
        <translation>载入演示组织(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新载入(&amp;L)</translation>
    </message>
    <message>
        <source>Demo organization</source>
        <translation>演示组织</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>图</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Who Am &amp;I...</source>
        <translation>我是谁(&amp;I)...</translation>
    </message>
    <message>
        <source>Who are you? Edit ▸ Who Am I...</source>
        <translation>您是哪位同事？请在“编辑 ▸ 我是谁”中选择</translation>
    </message>
    <message>
        <source>Who Am I</source>
        <translation>我是谁</translation>
    </message>
    <message>
        <source>There are no colleagues in this database yet; add yourself on the Organization page.</source>
        <translation>此数据库中还没有同事；请先在“组织架构”页添加您自己。</translation>
    </message>
    <message>
        <source>Tandem credits your interactions to you and shows your accounts under My accounts. Who are you?</source>
        <translation>Tandem 会把您记录的互动计在您名下，并在“我的客户”中显示您负责的客户。您是哪位？</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCards...</source>
        <translation>联系人名片 vCard(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Calendar of Follow-Ups and Due Requests...</source>
        <translation>跟进与到期请求日历(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Everything as a JSON Archive...</source>
        <translation>全部数据 JSON 存档(&amp;E)...</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>vCard 4.0 is what current phones and mail programs read; choose 3.0 for an older phone or program that does not read 4.0.</source>
        <translation>当前的手机和邮件程序都能读取 vCard 4.0；旧手机或不支持 4.0 的程序请选 3.0。</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>vCard 3.0</source>
        <translation>vCard 3.0</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting contacts...</source>
        <translation>正在导出联系人...</translation>
    </message>
    <message>
        <source>Export the Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>tandem-calendar</source>
        <translation>tandem-日历</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <source>Open follow-ups and the due dates of open requests, as events a calendar app can import. Whose?</source>
        <translation>未完成的跟进和未关闭请求的到期日，导出为日历程序可导入的事件。导出谁的？</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <source>Exporting the calendar...</source>
        <translation>正在导出日历...</translation>
    </message>
    <message>
        <source>Export Everything</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <source>tandem-archive</source>
        <translation>tandem-存档</translation>
    </message>
    <message>
        <source>JSON archive (*.json)</source>
        <translation>JSON 存档 (*.json)</translation>
    </message>
    <message>
        <source>Exporting everything...</source>
        <translation>正在导出全部数据...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard 名片 (*.vcf)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>&amp;Find Anything...</source>
        <translation>查找任何内容(&amp;F)...</translation>
    </message>
    <message>
        <source>Find in &amp;List</source>
        <translation>在列表中查找(&amp;L)</translation>
    </message>
    <message>
        <source>Tandem &amp;User Guide</source>
        <translation>Tandem 用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Tandem User Guide</source>
        <translation>Tandem 用户指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>%1: done. Edit ▸ Undo takes it back.</source>
        <translation>%1：已完成。可用“编辑 ▸ 撤销”撤回。</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server...</source>
        <translation>连接团队服务器(&amp;T)...</translation>
    </message>
    <message>
        <source>Re&amp;connect to the Server</source>
        <translation>重新连接服务器(&amp;C)</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1（用户 %2）</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>已以 %2 身份登录 %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3)</source>
        <translation>已以 %2（%3）身份登录 %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; nothing more is saved until Tandem reconnects.</source>
        <translation>与 %1 的连接已断开；在 Tandem 重新连接之前，不会再保存任何内容。</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>已重新连接到 %1。</translation>
    </message>
    <message>
        <source>On a team server you are who you signed in as: %1. To work as someone else, connect with their user name.</source>
        <translation>在团队服务器上，您的身份就是登录时的身份：%1。如需以其他同事的身份工作，请用其用户名连接。</translation>
    </message>
</context>
<context>
    <name>tandem::Maintenance</name>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1 表第 %2 行引用了 %3 表中不存在的行</translation>
    </message>
    <message>
        <source>schema version is %1, expected %2</source>
        <translation>架构版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>the file is not marked as a Tandem database</source>
        <translation>该文件未标记为 Tandem 数据库</translation>
    </message>
</context>
<context>
    <name>tandem::OrganizationPage</name>
    <message>
        <source>Show all staff</source>
        <translation>显示全部员工</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message numerus="yes">
        <source>%Ln colleague(s)</source>
        <translation>
            <numerusform>%Ln 位同事</numerusform>
        </translation>
    </message>
    <message>
        <source>This colleague has left the company.</source>
        <translation>该同事已离职。</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Staff of %1</source>
        <translation>%1 的员工</translation>
    </message>
    <message numerus="yes">
        <source>%Ln department(s)</source>
        <translation>
            <numerusform>%Ln 个部门</numerusform>
        </translation>
    </message>
    <message>
        <source>No colleagues yet. Add them with tandem-cli add staff, or load the demo organization from the File menu.</source>
        <translation>还没有同事。可用 tandem-cli add staff 添加，或从“文件”菜单载入演示组织。</translation>
    </message>
    <message>
        <source>New Department...</source>
        <translation>新建部门...</translation>
    </message>
    <message>
        <source>New Colleague...</source>
        <translation>新建同事...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Mark as Departed...</source>
        <translation>标记为已离职...</translation>
    </message>
    <message>
        <source>Cut Department</source>
        <translation>剪切部门</translation>
    </message>
    <message>
        <source>Paste Under Selected</source>
        <translation>粘贴到所选部门下</translation>
    </message>
    <message>
        <source>Remove Department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Customers and Suppliers...</source>
        <translation>客户与供方...</translation>
    </message>
    <message>
        <source>Mark as Departed</source>
        <translation>标记为已离职</translation>
    </message>
    <message>
        <source>Choose the colleague who has left in the staff list first.</source>
        <translation>请先在员工列表中选择已离职的同事。</translation>
    </message>
    <message>
        <source>Mark %1 as departed today? Their history stays; to pass their clients and open work on, use a handover.</source>
        <translation>将 %1 标记为今天离职？其历史记录会保留；如需移交其客户和未完成的工作，请使用交接。</translation>
    </message>
    <message>
        <source>Mark %1 as departed</source>
        <translation>将 %1 标记为已离职</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>New Request...</source>
        <translation>新建服务请求...</translation>
    </message>
    <message>
        <source>Hand Over...</source>
        <translation>交接...</translation>
    </message>
</context>
<context>
    <name>tandem::PagedListModel</name>
    <message>
        <source>This list cannot be filtered that way.</source>
        <translation>此列表不能按这种方式筛选。</translation>
    </message>
</context>
<context>
    <name>tandem::PartyRelationsDialog</name>
    <message>
        <source>With</source>
        <translation>提供内容</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供方</translation>
    </message>
    <message>
        <source>Customers and suppliers of %1</source>
        <translation>%1 的客户与供方</translation>
    </message>
    <message>
        <source> (one-sided)</source>
        <translation>（单向）</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Whom %1 serves</source>
        <translation>%1 服务的对象</translation>
    </message>
    <message>
        <source>Nobody is recorded as a customer yet: add a pair on the Relationships page.</source>
        <translation>还没有记录任何客户：请在“内部关系”页添加关系对。</translation>
    </message>
    <message>
        <source>Who serves %1</source>
        <translation>为 %1 服务的对象</translation>
    </message>
    <message>
        <source>Nobody is recorded as a supplier yet: add a pair on the Relationships page.</source>
        <translation>还没有记录任何供方：请在“内部关系”页添加关系对。</translation>
    </message>
    <message>
        <source>Everyone is both a customer and a supplier: this is both sides for %1.</source>
        <translation>每个人既是客户也是供方：这里是 %1 的两个方面。</translation>
    </message>
    <message>
        <source>New Request...</source>
        <translation>新建服务请求...</translation>
    </message>
    <message>
        <source>%1 asks the selected supplier for service, or the selected customer asks %1</source>
        <translation>由 %1 向所选供方索取服务，或由所选客户向 %1 索取服务</translation>
    </message>
    <message>
        <source>Customers and suppliers</source>
        <translation>客户与供方</translation>
    </message>
</context>
<context>
    <name>tandem::RecordCommand</name>
    <message>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Importing again...</source>
        <translation>正在重新导入...</translation>
    </message>
    <message>
        <source>Taking the import back...</source>
        <translation>正在撤销导入...</translation>
    </message>
    <message>
        <source>Take Back Handover %1</source>
        <translation>撤回交接 %1</translation>
    </message>
</context>
<context>
    <name>tandem::RecordDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>What A supplies B</source>
        <translation>甲方向乙方提供</translation>
    </message>
    <message>
        <source>What B supplies A</source>
        <translation>乙方向甲方提供</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>下级</translation>
    </message>
    <message>
        <source>Superior to subordinate</source>
        <translation>上级向下级提供</translation>
    </message>
    <message>
        <source>Subordinate to superior</source>
        <translation>下级向上级提供</translation>
    </message>
    <message>
        <source>Upstream step</source>
        <translation>上道工序</translation>
    </message>
    <message>
        <source>Downstream step</source>
        <translation>下道工序</translation>
    </message>
    <message>
        <source>Upstream step to downstream step</source>
        <translation>上道工序向下道工序提供</translation>
    </message>
    <message>
        <source>Downstream step to upstream step</source>
        <translation>下道工序向上道工序提供</translation>
    </message>
    <message>
        <source>Peer A</source>
        <translation>同级甲方</translation>
    </message>
    <message>
        <source>Peer B</source>
        <translation>同级乙方</translation>
    </message>
    <message>
        <source>Peer A to peer B</source>
        <translation>同级甲方向乙方提供</translation>
    </message>
    <message>
        <source>Peer B to peer A</source>
        <translation>同级乙方向甲方提供</translation>
    </message>
</context>
<context>
    <name>tandem::RecordEditor</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Reload shows the record as it is now; Overwrite saves your changes over it.</source>
        <translation>“重新载入”显示该记录的当前内容；“覆盖”用您的修改覆盖它。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>tandem::RecordPicker</name>
    <message>
        <source>%1 — %2</source>
        <comment>a name and its department and job title, or its city</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1（已离职）</translation>
    </message>
    <message>
        <source>Show the choices</source>
        <translation>显示可选项</translation>
    </message>
</context>
<context>
    <name>tandem::RecordVersion</name>
    <message>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>%1 at %2 on %3</source>
        <extracomment>%1 is a person, %2 a time of day, %3 a date: &quot;Wang Wei at 14:02 on 3 December 2026&quot;</extracomment>
        <translation>%1（%3 %2）</translation>
    </message>
    <message>
        <source>The pair of %1 and %2</source>
        <translation>%1 与 %2 的关系对</translation>
    </message>
    <message>
        <source>%1 was removed by %2 after you opened it; nothing was saved.</source>
        <translation>%1 在您打开之后已被 %2 删除；未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 was removed by %2 since; nothing was changed.</source>
        <translation>%1 此后已被 %2 删除；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after your edit, so undoing it would overwrite that change; nothing was changed.</source>
        <translation>%1 在您编辑之后已被 %2 修改，撤销将覆盖该修改；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after your undo, so redoing the edit would overwrite that change; nothing was changed.</source>
        <translation>%1 在您撤销之后已被 %2 修改，重做将覆盖该修改；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 after you opened it; nothing was saved.</source>
        <translation>%1 在您打开之后已被 %2 修改；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>tandem::RelationshipsPage</name>
    <message>
        <source>Customer/supplier pairs</source>
        <translation>客户/供方关系对</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln 个关系对</numerusform>
        </translation>
    </message>
    <message>
        <source>No pairs yet. Record who serves whom with New Pair (Ctrl+N), or load the demo organization from the File menu.</source>
        <translation>还没有关系对。可用“新建关系对”（Ctrl+N）记录谁为谁服务，或从“文件”菜单载入演示组织。</translation>
    </message>
    <message>
        <source>One-sided: service runs only one way in this pair.</source>
        <translation>单向：此关系对中的服务只有一个方向。</translation>
    </message>
    <message>
        <source>New Pair...</source>
        <translation>新建关系对...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Remove Pair</source>
        <translation>删除关系对</translation>
    </message>
    <message>
        <source>This pair exists already; here it is to edit.</source>
        <translation>此关系对已存在，现打开供编辑。</translation>
    </message>
    <message>
        <source>New Request...</source>
        <translation>新建服务请求...</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>新建服务请求</translation>
    </message>
    <message>
        <source>Who asks whom for service?</source>
        <translation>由谁向谁索取服务？</translation>
    </message>
    <message>
        <source>%1 asks %2</source>
        <translation>%1 向 %2 索取服务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Red rows are one-sided pairs: service runs only one way in them.</source>
        <translation>红色行为单向关系对：服务只朝一个方向流动。</translation>
    </message>
</context>
<context>
    <name>tandem::RequestDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Service Request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>%1 asks %2</source>
        <translation>%1 向 %2 索取服务</translation>
    </message>
    <message>
        <source>Status: %1 · Priority: %2</source>
        <translation>状态：%1 · 优先级：%2</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止时间：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>关闭时间：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Done when:</source>
        <translation>验收标准：</translation>
    </message>
    <message>
        <source>Why it was late:</source>
        <translation>延误原因：</translation>
    </message>
    <message>
        <source>Corrective action:</source>
        <translation>改进措施：</translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1（负责人：%2）</translation>
    </message>
    <message>
        <source>Requester&apos;s rating:</source>
        <translation>请求方评分：</translation>
    </message>
    <message>
        <source>Provider&apos;s rating:</source>
        <translation>服务方评分：</translation>
    </message>
    <message>
        <source>Comment...</source>
        <translation>评论...</translation>
    </message>
    <message>
        <source>Reassign...</source>
        <translation>转派...</translation>
    </message>
    <message>
        <source>Record Delay...</source>
        <translation>记录延误...</translation>
    </message>
    <message>
        <source>Rate...</source>
        <translation>评分...</translation>
    </message>
    <message>
        <source>Edit Details...</source>
        <translation>编辑详情...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New Service Request</source>
        <translation>新建服务请求</translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation>今天已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>已逾期 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Record why it is late and the corrective action before the work goes on.</source>
        <translation>%1。请先记录延误原因和改进措施，再继续处理。</translation>
    </message>
    <message>
        <source>%1; the delay and its corrective action are recorded.</source>
        <translation>%1；延误原因及改进措施已记录。</translation>
    </message>
</context>
<context>
    <name>tandem::RequestStepDialog</name>
    <message>
        <source>Both sides can say how it went. A rating is optional: an unrated request stays unrated and does not count in the satisfaction index.</source>
        <translation>双方都可以评价这次服务。评分不是必填的：未评分的请求保持未评分状态，不计入满意度指数。</translation>
    </message>
    <message>
        <source>Requester rates the service:</source>
        <translation>请求方对服务的评分：</translation>
    </message>
    <message>
        <source>Requester&apos;s feedback:</source>
        <translation>请求方反馈：</translation>
    </message>
    <message>
        <source>Provider rates what the requester supplied:</source>
        <translation>服务方对请求方所提供内容的评分：</translation>
    </message>
    <message>
        <source>Provider&apos;s feedback:</source>
        <translation>服务方反馈：</translation>
    </message>
    <message>
        <source>This request is overdue. Before the work goes on, say why it is late, what will stop it happening again, and who sees to that.</source>
        <translation>此请求已逾期。继续处理之前，请说明延误原因、防止再次发生的措施，以及由谁负责落实。</translation>
    </message>
    <message>
        <source>Why it is late:</source>
        <translation>延误原因：</translation>
    </message>
    <message>
        <source>Corrective action:</source>
        <translation>改进措施：</translation>
    </message>
    <message>
        <source>Owner of the action:</source>
        <translation>措施负责人：</translation>
    </message>
    <message>
        <source>Give the request to another department or colleague. It then travels along their pair with the requester, if they have one.</source>
        <translation>将请求转给其他部门或同事。如果对方与请求方之间有关系对，请求将随之归入该关系对。</translation>
    </message>
    <message>
        <source>New provider:</source>
        <translation>新服务方：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评论：</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>转派</translation>
    </message>
    <message>
        <source>Record Delay</source>
        <translation>记录延误</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Start Work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>转为等待</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Cancel Request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>very poor</source>
        <translation>很差</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Choose the department or colleague to give the request to.</source>
        <translation>请选择要将请求转给的部门或同事。</translation>
    </message>
</context>
<context>
    <name>tandem::RequestWorkflow</name>
    <message>
        <source>Field %1 must be a rating from 1 to 5, not &apos;%2&apos;.</source>
        <translation>字段 %1 必须为 1 到 5 的评分，而不是“%2”。</translation>
    </message>
    <message>
        <source>Field %1: feedback goes with a rating from 1 to 5.</source>
        <translation>字段 %1：填写反馈时须同时给出 1 到 5 的评分。</translation>
    </message>
    <message>
        <source>Field status must be one of %1, not &apos;%2&apos;.</source>
        <translation>字段 status 必须为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>Field status: the request is already %1.</source>
        <translation>字段 status：该请求已处于%1状态。</translation>
    </message>
    <message>
        <source>Field status: a request that is %1 can only be reopened.</source>
        <translation>字段 status：%1的请求只能重新打开。</translation>
    </message>
    <message>
        <source>Field status: a request cannot go from %1 back to %2.</source>
        <translation>字段 status：请求不能从%1退回到%2。</translation>
    </message>
    <message>
        <source>Field requester_rating: only a closed request can be rated.</source>
        <translation>字段 requester_rating：只有已关闭的请求才能评分。</translation>
    </message>
    <message>
        <source>Field delay_reason: late work needs a delay reason, a corrective action and its owner.</source>
        <translation>字段 delay_reason：逾期的工作需要填写延误原因、改进措施及其负责人。</translation>
    </message>
    <message>
        <source>Field delay_reason: the request is overdue; record a delay reason, a corrective action and its owner before going on with it.</source>
        <translation>字段 delay_reason：该请求已逾期；继续处理前请记录延误原因、改进措施及其负责人。</translation>
    </message>
    <message>
        <source>Field note: a comment needs some text.</source>
        <translation>字段 note：评论内容不能为空。</translation>
    </message>
    <message>
        <source>Field provider: a closed request cannot be reassigned; reopen it first.</source>
        <translation>字段 provider：已关闭的请求不能转派；请先重新打开。</translation>
    </message>
    <message>
        <source>Field provider: the request is already with %1.</source>
        <translation>字段 provider：该请求已由 %1 负责。</translation>
    </message>
    <message>
        <source>Field delay_reason: say why the work is late.</source>
        <translation>字段 delay_reason：请说明延误原因。</translation>
    </message>
    <message>
        <source>Field corrective_action: say what will stop it happening again.</source>
        <translation>字段 corrective_action：请说明防止再次发生的措施。</translation>
    </message>
    <message>
        <source>Field corrective_owner: name the colleague who owns the corrective action.</source>
        <translation>字段 corrective_owner：请指定负责改进措施的同事。</translation>
    </message>
    <message>
        <source>Field %1_rating: choose a rating from 1 to 5.</source>
        <translation>字段 %1_rating：请选择 1 到 5 的评分。</translation>
    </message>
    <message>
        <source>Field %1_rating: only a closed request can be rated.</source>
        <translation>字段 %1_rating：只有已关闭的请求才能评分。</translation>
    </message>
    <message>
        <source>someone no longer in Tandem</source>
        <translation>已不在 Tandem 中的人员</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出请求</translation>
    </message>
    <message>
        <source>Reopened (was %1)</source>
        <translation>重新打开（原为%1）</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>从 %1 转派给 %2</translation>
    </message>
    <message>
        <source>The provider rated what the requester supplied %1/5</source>
        <translation>服务方对请求方所提供内容的评分：%1/5</translation>
    </message>
    <message>
        <source>The requester rated the service %1/5</source>
        <translation>请求方对服务的评分：%1/5</translation>
    </message>
    <message>
        <source>Late: corrective action &quot;%1&quot;, owned by %2</source>
        <translation>延误：改进措施“%1”，负责人：%2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5 for at least one side.</source>
        <translation>请至少为一方选择 1 到 5 的评分。</translation>
    </message>
</context>
<context>
    <name>tandem::RequestsPage</name>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 条请求</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests yet. Any department, colleague or account can ask another for service: choose New Request, or load the demo organization from the File menu.</source>
        <translation>还没有服务请求。任何部门、同事或外部客户都可以向他方索取服务：请选择“新建服务请求”，或从“文件”菜单载入演示组织。</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the request is still open.</source>
        <translation>已逾期：截止时间已过，请求仍未完成。</translation>
    </message>
    <message>
        <source>Any party</source>
        <translation>任意对象</translation>
    </message>
    <message>
        <source>either side</source>
        <translation>任一方</translation>
    </message>
    <message>
        <source>as requester</source>
        <translation>作为请求方</translation>
    </message>
    <message>
        <source>as provider</source>
        <translation>作为服务方</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>New Request...</source>
        <translation>新建服务请求...</translation>
    </message>
    <message>
        <source>Open Request</source>
        <translation>打开服务请求</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
</context>
<context>
    <name>tandem::SatisfactionPanel</name>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Show Its Requests</source>
        <translation>显示其服务请求</translation>
    </message>
    <message>
        <source>Requests closed in:</source>
        <translation>请求关闭时间：</translation>
    </message>
    <message numerus="yes">
        <source>Rating as supplier: &lt;b&gt;%1 of 5&lt;/b&gt; (%Ln rating(s))</source>
        <translation>
            <numerusform>作为供方的评分：&lt;b&gt;%1 / 5&lt;/b&gt;（%Ln 次评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating as supplier: &lt;b&gt;not rated&lt;/b&gt; in this window</source>
        <translation>作为供方的评分：此期间&lt;b&gt;未评分&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>On time: &lt;b&gt;%1%&lt;/b&gt; (%2 of %Ln done with a due date)</source>
        <translation>
            <numerusform>准时率：&lt;b&gt;%1%&lt;/b&gt;（%Ln 项有截止时间的已完成请求中，%2 项准时）</numerusform>
        </translation>
    </message>
    <message>
        <source>On time: &lt;b&gt;no due dates&lt;/b&gt; among the done requests</source>
        <translation>准时率：已完成的请求中&lt;b&gt;没有截止时间&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open now: &lt;b&gt;%1&lt;/b&gt;, of which overdue: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>当前未完成：&lt;b&gt;%1&lt;/b&gt;，其中逾期：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Rated as requester: &lt;b&gt;%1 of 5&lt;/b&gt; (%Ln rating(s) by those who served it)</source>
        <translation>
            <numerusform>作为请求方的评分：&lt;b&gt;%1 / 5&lt;/b&gt;（来自服务方的 %Ln 次评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated as requester: &lt;b&gt;not rated&lt;/b&gt; in this window</source>
        <translation>作为请求方的评分：此期间&lt;b&gt;未评分&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Satisfaction as supplier, last 12 months</source>
        <translation>作为供方的满意度（近 12 个月）</translation>
    </message>
    <message>
        <source>closed in %1</source>
        <translation>关闭于 %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>tandem::SavedViews</name>
    <message>
        <source>A view needs a name.</source>
        <translation>视图需要一个名称。</translation>
    </message>
    <message>
        <source>There is a view named “%1” already.</source>
        <translation>已有名为“%1”的视图。</translation>
    </message>
</context>
<context>
    <name>tandem::SavedViewsButton</name>
    <message>
        <source>Views</source>
        <translation>已存视图</translation>
    </message>
    <message>
        <source>Save this list&apos;s filters, search and sort under a name, and pick them again</source>
        <translation>以一个名称保存此列表的筛选、搜索和排序，以后可再选用</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>尚无已存视图</translation>
    </message>
    <message>
        <source>Save View As...</source>
        <translation>将视图另存为...</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>删除视图“%1”？</translation>
    </message>
</context>
<context>
    <name>tandem::SegmentAdvisor</name>
    <message>
        <source>no purchases yet</source>
        <translation>尚无购买记录</translation>
    </message>
    <message>
        <source>it has bought only from competitors</source>
        <translation>只从竞争对手处购买过</translation>
    </message>
    <message>
        <source>purchases in each of the last two years, the latest on %1, and none from a competitor in the last year</source>
        <translation>近两年每年都有购买，最近一次在 %1，且近一年没有从竞争对手处购买</translation>
    </message>
    <message>
        <source>a competitor purchase on %1</source>
        <translation>%1 有一笔从竞争对手处的购买</translation>
    </message>
    <message>
        <source>no purchase of its own in the year from %1</source>
        <translation>自 %1 起的一年内没有从我们这里购买</translation>
    </message>
    <message>
        <source>That segment change is gone already.</source>
        <translation>该客户类型变更已不存在。</translation>
    </message>
</context>
<context>
    <name>tandem::SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>客户类型分析</translation>
    </message>
    <message>
        <source>Accounts by segment</source>
        <translation>各类型客户数量</translation>
    </message>
    <message>
        <source>Moved up (potential to floating to loyal)</source>
        <translation>升级（潜在 → 游离 → 忠诚）</translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Segment changes, last 12 months</source>
        <translation>近 12 个月客户类型变化</translation>
    </message>
</context>
<context>
    <name>tandem::ServerAddress</name>
    <message>
        <source>%1 is not a team server address (%2); write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 不是团队服务器地址（%2）；请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>必须以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>leave the password out: it is read from PGPASSWORD or ~/.pgpass</source>
        <translation>请不要写入密码：密码从 PGPASSWORD 或 ~/.pgpass 读取</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>缺少用户名</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>缺少数据库名</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>tandem::Sql</name>
    <message>
        <source>Another copy of Tandem is writing to this database; nothing was changed, try again in a moment.</source>
        <translation>另一个 Tandem 实例正在写入此数据库；未作任何更改，请稍后重试。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满；未作任何更改。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1); restore it from a backup.</source>
        <translation>数据库文件已损坏（%1）；请从备份恢复。</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only).</source>
        <translation>无法写入数据库文件（文件为只读）。</translation>
    </message>
    <message>
        <source>Field %1: that value is already used by another record.</source>
        <translation>字段 %1：该值已被其他记录使用。</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist, or other records still refer to it.</source>
        <translation>引用的记录不存在，或该记录仍被其他记录引用。</translation>
    </message>
    <message>
        <source>Field %1 is required.</source>
        <translation>字段 %1 为必填项。</translation>
    </message>
    <message>
        <source>The data breaks a rule of the database (%1).</source>
        <translation>数据违反了数据库规则（%1）。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>The connection to the team server was lost; nothing was changed. Reconnect and try again.</source>
        <translation>与团队服务器的连接已断开；未作任何更改。请重新连接后再试。</translation>
    </message>
    <message>
        <source>Someone else is changing the same records on the team server; nothing was changed, try again in a moment.</source>
        <translation>其他人正在团队服务器上修改相同的记录；未作任何更改，请稍后重试。</translation>
    </message>
    <message>
        <source>The team server does not let you change this: it belongs to a colleague outside your team, or needs an administrator; nothing was changed.</source>
        <translation>团队服务器不允许你修改此记录：它属于你团队以外的同事，或需要管理员权限；未作任何更改。</translation>
    </message>
    <message>
        <source>The team server&apos;s disk is full; nothing was changed. Tell its administrator.</source>
        <translation>团队服务器的磁盘已满；未作任何更改。请告知其管理员。</translation>
    </message>
</context>
<context>
    <name>tandem::TeamMembers</name>
    <message>
        <source>Team members exist only on a team server; %1 is a file, and whoever opens a file sees all of it.</source>
        <translation>团队成员只存在于团队服务器上；%1 是一个文件，打开文件的人都能看到其中的全部内容。</translation>
    </message>
    <message>
        <source>A login is 1 to 63 bytes long and does not begin with pg_; &quot;%1&quot; is not one.</source>
        <translation>登录名长 1 到 63 个字节，且不能以 pg_ 开头；“%1”不符合要求。</translation>
    </message>
    <message>
        <source>The password is empty; a member needs one to sign in.</source>
        <translation>密码为空；成员需要密码才能登录。</translation>
    </message>
    <message>
        <source>Only an administrator of the team server can add or remove its members; sign in as one.</source>
        <translation>只有团队服务器的管理员才能添加或删除成员；请以管理员身份登录。</translation>
    </message>
    <message>
        <source>There is no colleague with the id %1; add the colleague first, then their login.</source>
        <translation>没有 id 为 %1 的同事；请先添加该同事，再为其添加登录名。</translation>
    </message>
    <message>
        <source>The login %1 already exists on the team server; choose another name.</source>
        <translation>登录名 %1 在团队服务器上已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>The team server refused to create or change the login %1: the owner of the database needs the CREATEROLE right, which a superuser grants with ALTER ROLE (the owner) CREATEROLE.</source>
        <translation>团队服务器拒绝创建或更改登录名 %1：数据库的所有者需要 CREATEROLE 权限，可由超级用户通过 ALTER ROLE（所有者）CREATEROLE 授予。</translation>
    </message>
    <message>
        <source>%1 is not a member of this team.</source>
        <translation>%1 不是本团队的成员。</translation>
    </message>
    <message>
        <source>%1 is the login you are signed in with; sign in as another administrator to remove it.</source>
        <translation>%1 是您当前登录所用的登录名；请以另一位管理员的身份登录后再删除它。</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>tandem::Transaction</name>
    <message>
        <source>The transaction has already ended.</source>
        <translation>事务已经结束。</translation>
    </message>
    <message>
        <source>Part of the change failed, so none of it was saved.</source>
        <translation>部分更改失败，因此所有更改均未保存。</translation>
    </message>
</context>
<context>
    <name>tandem::UserGuide</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>In every list</source>
        <translation>在每个列表中</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter、双击</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>打开所选行</translation>
    </message>
    <message>
        <source>Copy the selected rows, for a spreadsheet</source>
        <translation>复制所选行，可粘贴到电子表格</translation>
    </message>
    <message>
        <source>Delete the selected rows, where deleting is allowed</source>
        <translation>删除所选行（在允许删除的列表中）</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>右键单击</translation>
    </message>
    <message>
        <source>What can be done with the rows; on the header, the columns shown</source>
        <translation>列出可对所选行执行的操作；在表头上则选择显示哪些列</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>直接输入</translation>
    </message>
    <message>
        <source>Searches the list</source>
        <translation>搜索此列表</translation>
    </message>
</context>
<context>
    <name>tandem::VCard</name>
    <message>
        <source>The file ends inside a vCard that began on line %1.</source>
        <translation>文件在第 %1 行开始的 vCard 内部就结束了。</translation>
    </message>
    <message>
        <source>The file holds no vCard.</source>
        <translation>文件中没有 vCard。</translation>
    </message>
    <message>
        <source>Line %1: The line is longer than 10 MB.</source>
        <translation>第 %1 行：该行超过 10 MB。</translation>
    </message>
    <message>
        <source>More warnings were left out.</source>
        <translation>其余警告未列出。</translation>
    </message>
    <message>
        <source>Line %1: The line has no colon and was ignored.</source>
        <translation>第 %1 行：该行没有冒号，已忽略。</translation>
    </message>
    <message>
        <source>Line %1: Text outside a vCard was ignored.</source>
        <translation>第 %1 行：vCard 之外的文本已忽略。</translation>
    </message>
    <message>
        <source>Line %1: BEGIN:VCARD inside the vCard that began on line %2.</source>
        <translation>第 %1 行：在第 %2 行开始的 vCard 内部又出现了 BEGIN:VCARD。</translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without BEGIN:VCARD.</source>
        <translation>第 %1 行：有 END:VCARD 却没有 BEGIN:VCARD。</translation>
    </message>
    <message>
        <source>Line %1: A further address was left out; a contact keeps one address.</source>
        <translation>第 %1 行：多出的地址未保留；每个联系人只保留一个地址。</translation>
    </message>
    <message>
        <source>Line %1: The photo could not be decoded and was left out.</source>
        <translation>第 %1 行：照片无法解码，未保留。</translation>
    </message>
    <message>
        <source>Line %1: The photo is a link; it was not downloaded.</source>
        <translation>第 %1 行：照片是一个链接，未下载。</translation>
    </message>
    <message>
        <source>Line %1: The value could not be decoded from base64 and was left out.</source>
        <translation>第 %1 行：该值无法按 base64 解码，未保留。</translation>
    </message>
    <message>
        <source>Line %1: The character set %2 is unknown; the text was read without it.</source>
        <translation>第 %1 行：字符集 %2 未知，已忽略该字符集读取文本。</translation>
    </message>
    <message>
        <source>Line %1: The text is not UTF-8 and names no character set; it was read as Chinese (GB18030).</source>
        <translation>第 %1 行：文本不是 UTF-8 且未指明字符集，已按中文（GB18030）读取。</translation>
    </message>
    <message>
        <source>Line %1: An earlier address was left out for this preferred one; a contact keeps one address.</source>
        <translation>第 %1 行：为保留此首选地址，前面的地址未保留；每个联系人只保留一个地址。</translation>
    </message>
</context>
<context>
    <name>tandem::WindowLists</name>
    <message>
        <source>New Request...</source>
        <translation>新建服务请求...</translation>
    </message>
    <message>
        <source>Log Interaction...</source>
        <translation>记录互动...</translation>
    </message>
    <message>
        <source>Change Owner...</source>
        <translation>更改负责人...</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln account(s)</source>
        <translation>
            <numerusform>删除 %Ln 个外部客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::charts</name>
    <message>
        <source>Mean rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>On time, %</source>
        <translation>准时率（%）</translation>
    </message>
    <message>
        <source>Open and overdue requests by provider department</source>
        <translation>各服务部门的未完成与逾期请求</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Requests raised and closed per week</source>
        <translation>每周提出与关闭的请求</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Click a bar or a point to open the requests behind it</source>
        <translation>点击柱形或数据点可打开对应的请求</translation>
    </message>
</context>
</TS>
