#include "DemoOrganisation.h"

#include "Clock.h"
#include "Database.h"
#include "EntityStore.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <array>
#include <initializer_list>
#include <iterator>
#include <utility>

namespace tandem {

namespace {

// One piece of demo content in both languages, UTF-8. The columns sit side by side so that whoever edits
// one language sees what the other says.
struct Text
{
    const char* en;
    const char* zh;
};

constexpr int none = -1;
const Text companyDomain { "northbridge-pumps.com", "huaxin-pumps.cn" };

// ---------------------------------------------------------------------------------------------- departments

enum DepartmentIndex
{
    Management,
    Purchasing,
    Production,
    Quality,
    Logistics,
    Marketing,
    Sales,
    SalesEast,
    SalesSouth,
    CustomerService,
    Finance,
    HumanResources,
    DepartmentCount
};

struct DepartmentRow
{
    int parent;
    Text name;
    Text description;
};

// In DepartmentIndex order; a parent comes before its children.
const DepartmentRow departmentRows[] = {
    { none, { "Management", "总经理办公室" },
        { "Northbridge Pumps' leadership: strategy, annual targets and budgets.",
            "华信泵业经营班子：制定战略、年度目标与预算，协调各部门。" } },
    { Management, { "Purchasing", "采购部" },
        { "Buys castings, motors, seals and packaging; manages about sixty suppliers.",
            "负责铸件、电机、机械密封及包装材料采购，管理约六十家供应商。" } },
    { Management, { "Production", "生产部" },
        { "Machining, assembly and testing of every pump line, in two shifts.",
            "负责泵体机加工、装配与出厂试验，两班制生产。" } },
    { Management, { "Quality", "质量部" },
        { "Incoming inspection, in-process checks, release of finished pumps and complaint analysis.",
            "负责来料检验、过程检验、成品放行及客诉分析（8D）。" } },
    { Management, { "Logistics", "物流部" },
        { "Warehouse, packing and shipping to customers, distributors and service vans.",
            "负责仓储、包装发运、备件配送及承运商管理。" } },
    { Management, { "Marketing", "市场部" },
        { "Product marketing, trade fairs, brochures and leads for the sales teams.",
            "负责产品推广、展会、宣传资料，为销售团队提供线索。" } },
    { Management, { "Sales", "销售部" },
        { "Quotations, orders and key accounts; leads the regional sales teams.",
            "负责报价、订单与重点客户，管理各区域销售团队。" } },
    { Sales, { "Sales Americas", "华东销售部" },
        { "Distributors, utilities and contractors in the United States.",
            "负责上海、江苏、浙江地区的经销商、水务及工程客户。" } },
    { Sales, { "Sales Europe", "华南销售部" },
        { "Customers in the EU and Ireland, served from the Rotterdam office.",
            "负责广东及西南地区（成都、重庆）客户。" } },
    { Management, { "Customer Service", "客户服务部" },
        { "Commissioning, repairs, spare parts and the service hotline.",
            "负责安装调试、维修、备件供应与服务热线。" } },
    { Management, { "Finance", "财务部" },
        { "Accounting, credit control, invoicing and product costing.",
            "负责会计核算、信用管理、开票与成本核算。" } },
    { Management, { "Human Resources", "人力资源部" },
        { "Recruiting, training, pay and appraisals.", "负责招聘、培训、薪酬与绩效考核。" } },
};
static_assert(std::size(departmentRows) == DepartmentCount);

// ---------------------------------------------------------------------------------------------------- staff

enum StaffIndex
{
    Ceo,
    VpOperations,
    CommercialDirector,
    FinanceDirector,
    HeadPurchasing,
    HeadProduction,
    HeadQuality,
    HeadLogistics,
    HeadMarketing,
    HeadSales,
    HeadSalesEast,
    HeadSalesSouth,
    HeadService,
    HeadFinance,
    HeadHr,
    SeniorBuyer,
    Buyer,
    ProductionPlanner,
    ShiftSupervisor,
    MachiningLead,
    AssemblyLead,
    InspectionEngineer,
    QualityEngineer,
    WarehouseSupervisor,
    ShippingCoordinator,
    ProductMarketer,
    MarketingCoordinator,
    SalesAdministrator,
    RepEast1,
    RepEast2,
    RepEast3,
    RepEastDeparting,
    RepSouth1,
    RepSouth2,
    RepSouth3,
    ServiceEngineer1,
    ServiceEngineer2,
    ServiceRepresentative,
    Accountant,
    CreditController,
    HrSpecialist,
    StaffCount
};

// The rep who leaves, and the colleague who takes over the accounts.
constexpr StaffIndex departingRep = RepEastDeparting;
constexpr StaffIndex successorRep = RepEast1;
constexpr int departedDaysAgo = 38;

struct StaffRow
{
    int department;
    int rank;
    int manager;
    Text name;
    const char* chineseLogin; // the pinyin of the Chinese name, for the e-mail address
    Text title;
    int monthsSinceJoining;
};

// In StaffIndex order; a manager comes before the people who report to them.
const StaffRow staffRows[] = {
    { Management, 1, none, { "Margaret Hale", "王建国" }, "wang.jianguo",
        { "Chief Executive Officer", "总经理" }, 220 },
    { Management, 1, Ceo, { "David Okafor", "陈志强" }, "chen.zhiqiang",
        { "Vice President, Operations", "运营副总经理" }, 180 },
    { Management, 1, Ceo, { "Sophie Laurent", "刘芳" }, "liu.fang", { "Commercial Director", "营销副总经理" },
        150 },
    { Management, 1, Ceo, { "Richard Hughes", "赵丽华" }, "zhao.lihua",
        { "Chief Financial Officer", "财务总监" }, 130 },
    { Purchasing, 2, VpOperations, { "Graham Pike", "孙立军" }, "sun.lijun",
        { "Purchasing Manager", "采购部经理" }, 120 },
    { Production, 2, VpOperations, { "Tomasz Nowak", "周海涛" }, "zhou.haitao",
        { "Production Manager", "生产部经理" }, 160 },
    { Quality, 2, VpOperations, { "Priya Patel", "吴静" }, "wu.jing", { "Quality Manager", "质量部经理" },
        110 },
    { Logistics, 2, VpOperations, { "Ian McAllister", "郑伟" }, "zheng.wei",
        { "Logistics Manager", "物流部经理" }, 95 },
    { Marketing, 2, CommercialDirector, { "Chloe Bennett", "林晓燕" }, "lin.xiaoyan",
        { "Marketing Manager", "市场部经理" }, 70 },
    { Sales, 2, CommercialDirector, { "Marco Rossi", "张伟" }, "zhang.wei", { "Head of Sales", "销售部经理" },
        125 },
    { SalesEast, 2, HeadSales, { "Karen Whitfield", "何振华" }, "he.zhenhua",
        { "Regional Sales Manager, Americas", "华东区域销售经理" }, 100 },
    { SalesSouth, 2, HeadSales, { "Lukas Becker", "罗丽" }, "luo.li",
        { "Regional Sales Manager, Europe", "华南区域销售经理" }, 90 },
    { CustomerService, 2, CommercialDirector, { "Fiona Gallagher", "马强" }, "ma.qiang",
        { "Customer Service Manager", "客户服务部经理" }, 105 },
    { Finance, 2, FinanceDirector, { "Anil Sharma", "胡敏" }, "hu.min", { "Finance Manager", "财务部经理" },
        85 },
    { HumanResources, 2, Ceo, { "Rachel Adams", "高雪梅" }, "gao.xuemei", { "HR Manager", "人力资源部经理" },
        75 },
    { Purchasing, 3, HeadPurchasing, { "Neil Carter", "徐斌" }, "xu.bin", { "Senior Buyer", "高级采购员" },
        80 },
    { Purchasing, 3, HeadPurchasing, { "Emma Lewis", "朱丹" }, "zhu.dan", { "Buyer", "采购员" }, 30 },
    { Production, 3, HeadProduction, { "Sanjay Mehta", "许文博" }, "xu.wenbo",
        { "Production Planner", "生产计划员" }, 60 },
    { Production, 3, HeadProduction, { "Paul Grant", "杨光" }, "yang.guang",
        { "Shift Supervisor", "值班主管" }, 140 },
    { Production, 3, HeadProduction, { "Jakub Kowalski", "曹德明" }, "cao.deming",
        { "Machining Team Lead", "机加工组长" }, 98 },
    { Production, 3, HeadProduction, { "Maria Santos", "邓秀英" }, "deng.xiuying",
        { "Assembly Team Lead", "装配组长" }, 112 },
    { Quality, 3, HeadQuality, { "Hannah Moore", "冯磊" }, "feng.lei",
        { "Incoming Inspection Engineer", "来料检验工程师" }, 45 },
    { Quality, 3, HeadQuality, { "Omar Haddad", "谢婷" }, "xie.ting", { "Quality Engineer", "质量工程师" },
        58 },
    { Logistics, 3, HeadLogistics, { "Gary Holt", "韩冬" }, "han.dong",
        { "Warehouse Supervisor", "仓库主管" }, 130 },
    { Logistics, 3, HeadLogistics, { "Lucy Chen", "唐佳" }, "tang.jia",
        { "Shipping Coordinator", "发运专员" }, 26 },
    { Marketing, 3, HeadMarketing, { "Isabel Ortega", "沈一鸣" }, "shen.yiming",
        { "Product Marketing Specialist", "产品经理" }, 40 },
    { Marketing, 3, HeadMarketing, { "Tom Fraser", "宋雨" }, "song.yu",
        { "Marketing Coordinator", "市场专员" }, 18 },
    { Sales, 3, HeadSales, { "Julia Novak", "董莉" }, "dong.li", { "Sales Administrator", "销售内勤" }, 64 },
    { SalesEast, 3, HeadSalesEast, { "James Whitaker", "李娜" }, "li.na",
        { "Senior Sales Representative", "高级销售代表" }, 70 },
    { SalesEast, 3, HeadSalesEast, { "Michael Torres", "钱俊" }, "qian.jun",
        { "Sales Representative", "销售代表" }, 50 },
    { SalesEast, 3, HeadSalesEast, { "Ashley Brooks", "蒋涛" }, "jiang.tao",
        { "Sales Representative", "销售代表" }, 40 },
    { SalesEast, 3, HeadSalesEast, { "Ryan Fletcher", "黄磊" }, "huang.lei",
        { "Sales Representative", "销售代表" }, 52 },
    { SalesSouth, 3, HeadSalesSouth, { "Elena Moretti", "梁静怡" }, "liang.jingyi",
        { "Senior Sales Representative", "高级销售代表" }, 66 },
    { SalesSouth, 3, HeadSalesSouth, { "Pieter de Vries", "袁博" }, "yuan.bo",
        { "Sales Representative", "销售代表" }, 44 },
    { SalesSouth, 3, HeadSalesSouth, { "Claire Dubois", "彭丽娟" }, "peng.lijuan",
        { "Sales Representative", "销售代表" }, 39 },
    { CustomerService, 3, HeadService, { "Sean Murphy", "田勇" }, "tian.yong",
        { "Field Service Engineer", "售后服务工程师" }, 88 },
    { CustomerService, 3, HeadService, { "Ahmed Karim", "潘志伟" }, "pan.zhiwei",
        { "Field Service Engineer", "售后服务工程师" }, 34 },
    { CustomerService, 3, HeadService, { "Olivia Hart", "蔡雪" }, "cai.xue",
        { "Customer Service Representative", "客服专员" }, 22 },
    { Finance, 3, HeadFinance, { "Ben Walsh", "程琳" }, "cheng.lin", { "Accountant", "会计" }, 76 },
    { Finance, 3, HeadFinance, { "Natalie Price", "陆浩" }, "lu.hao", { "Credit Controller", "信用管理专员" },
        29 },
    { HumanResources, 3, HeadHr, { "Grace Kim", "范倩" }, "fan.qian", { "HR Specialist", "人事专员" }, 5 },
};
static_assert(std::size(staffRows) == StaffCount);

// ------------------------------------------------------------------------------------------------- pairs

struct PartyRef
{
    bool isDepartment;
    int index;
};
constexpr PartyRef department(DepartmentIndex index)
{
    return { true, index };
}
constexpr PartyRef person(StaffIndex index)
{
    return { false, index };
}

enum Health
{
    Healthy,
    Strained,
    Broken // late work and low ratings: the weakest edge of the chain
};

struct LinkRow
{
    PartyRef a;
    PartyRef b;
    const char* kind;
    const char* pattern;
    Text aToB;
    Text bToA;
    Text notes;
    Health health;
    int requests; // how many service requests travel along it
};

// rank: A is B's superior; function: peers; process: A is upstream of B. An empty side makes a pair
// one-sided.
const LinkRow linkRows[] = {
    { person(Ceo), person(VpOperations), "rank", "",
        { "Annual output, cost and delivery targets; budget and authority to act",
            "年度产量、成本和交期目标；预算与授权" },
        { "Monthly operations review with figures and risks", "每月运营分析报告（数据与风险）" }, {}, Healthy,
        4 },
    { person(Ceo), person(CommercialDirector), "rank", "",
        { "Sales targets, pricing policy and marketing budget", "销售目标、价格政策和市场预算" },
        { "Quarterly sales forecast and key-account review", "季度销售预测与重点客户评审" }, {}, Healthy, 3 },
    { person(VpOperations), person(HeadProduction), "rank", "",
        { "Clear targets, resources and a training budget", "明确的目标、资源和培训预算" },
        { "Weekly production report: output, scrap, overtime", "每周生产报告：产量、废品率、加班" }, {},
        Healthy, 5 },
    { person(HeadProduction), person(MachiningLead), "rank", "team",
        { "Work orders a week ahead, tooling and operator training",
            "提前一周下达工单，配齐刀具并培训操作工" },
        { "Daily output and a machine downtime log", "每日产量及设备停机记录" }, {}, Healthy, 4 },
    { person(HeadSales), person(HeadSalesEast), "rank", "",
        { "Regional targets and price authority up to 8% discount", "区域指标，8%以内的价格授权" },
        { "Pipeline review every Monday", "每周一销售漏斗评审" }, {}, Healthy, 4 },
    { person(HeadSalesEast), person(RepEast1), "rank", "",
        { "Accounts, leads from marketing and coaching on visits", "客户划分、市场线索和拜访辅导" },
        { "Visit reports and next steps in Tandem within a day", "一天内在系统中记录拜访和下一步计划" }, {},
        Healthy, 4 },
    { person(HeadSalesSouth), person(RepSouth2), "rank", "", {},
        { "Weekly visit reports and pipeline updates", "每周拜访报告和商机更新" },
        { "No coaching or joint visits since the reorganisation; the reports go unanswered.",
            "组织调整后再无辅导和陪访，周报无人回复。" },
        Strained, 3 },
    { person(HeadService), person(ServiceEngineer1), "rank", "team",
        { "Service tickets with the customer's history, spare parts in the van",
            "附客户历史的服务工单，车上备足备件" },
        { "Signed service reports and photos of failures", "客户签字的服务报告和故障照片" }, {}, Healthy, 4 },
    { person(HeadQuality), person(InspectionEngineer), "rank", "",
        { "Sampling plans, gauges and time for supplier audits", "抽样方案、检具和供应商审核时间" },
        { "Inspection results within 24 hours of delivery", "到货24小时内出具检验结果" }, {}, Healthy, 3 },
    { department(Management), department(Production), "rank", "",
        { "Annual plan and capital budget", "年度计划与设备投资预算" },
        { "Capacity and cost figures for planning", "产能与成本数据" }, {}, Healthy, 4 },
    { person(CommercialDirector), department(Marketing), "rank", "",
        { "Campaign budget and product priorities", "推广预算和产品重点" },
        { "Monthly lead report with conversion rates", "每月线索报告及转化率" }, {}, Healthy, 4 },
    { person(FinanceDirector), department(Finance), "rank", "",
        { "Accounting policy and the closing calendar", "会计政策和结账日程" },
        { "Month-end close by the fifth working day", "第五个工作日前完成月结" }, {}, Healthy, 3 },
    { department(Finance), department(Sales), "function", "horizontal",
        { "Credit limits and customer payment status within one working day",
            "一个工作日内提供客户信用额度和回款状态" },
        { "Signed contracts and a collection forecast by the 5th of each month",
            "每月5日前提交已签合同及回款预测" },
        { "Credit holds delay urgent orders; agreed a same-day release for known customers.",
            "信用冻结拖慢急单，已约定老客户当天放行。" },
        Strained, 10 },
    { department(Marketing), department(Sales), "function", "team",
        { "Qualified leads, brochures and the trade-fair stand", "合格销售线索、宣传资料和展会支持" },
        { "Market feedback and reasons for lost orders", "市场反馈和丢单原因" }, {}, Healthy, 8 },
    { department(Quality), department(CustomerService), "function", "team",
        { "Root-cause analysis (8D) for every complaint", "每起客诉的8D根因分析" },
        { "Complaint details, photos and returned parts", "客诉详情、照片及退回零件" }, {}, Healthy, 8 },
    { department(HumanResources), department(Production), "function", "horizontal",
        { "Recruiting CNC operators and skills training", "招聘数控操作工并开展技能培训" }, {},
        { "Production sends no headcount plan, so HR only recruits when a shift is already short.",
            "生产部从未提供人员计划，人事只能在缺人时临时招聘。" },
        Strained, 5 },
    { department(Finance), department(Purchasing), "function", "horizontal",
        { "Supplier payments on agreed terms, early-payment discounts taken",
            "按约定账期付款，争取提前付款折扣" },
        {},
        { "Invoices reach finance late and without goods-received notes; to be fixed this quarter.",
            "采购部发票交得晚且缺入库单，本季度需解决。" },
        Healthy, 5 },
    { person(HeadSalesEast), person(HeadSalesSouth), "function", "team",
        { "Leads from customers expanding into the other region", "跨区域客户线索" },
        { "Reference sites and case studies", "样板工程和应用案例" }, {}, Healthy, 3 },
    { person(CreditController), person(SalesAdministrator), "function", "horizontal",
        { "Release of orders on credit hold", "信用冻结订单的放行" },
        { "Order confirmations and the customer's purchase order", "订单确认书和客户采购订单" }, {}, Healthy,
        6 },
    { person(HrSpecialist), department(CustomerService), "function", "",
        { "Onboarding of new service staff", "新入职售后人员培训" }, {}, {}, Healthy, 3 },
    { department(Purchasing), department(Production), "process", "pipeline",
        { "Castings, motors and seals on time and to specification", "按时、按规格供应铸件、电机和机械密封" },
        { "Material requirement plan four weeks ahead", "提前四周提供物料需求计划" },
        { "Casting deliveries have been late for months; the weakest link of the chain.",
            "铸件交付长期延迟，是服务链上最薄弱的一环。" },
        Broken, 14 },
    { department(Production), department(Quality), "process", "pipeline",
        { "Finished pumps with test records", "附试验记录的成品泵" },
        { "Inspection results within 24 hours", "24小时内出具检验结果" }, {}, Strained, 10 },
    { department(Quality), department(Logistics), "process", "pipeline",
        { "Released batches with certificates", "放行批次及合格证" },
        { "The week's shipping schedule", "每周发运计划" }, {}, Healthy, 8 },
    { department(Logistics), department(Sales), "process", "pipeline",
        { "Confirmed delivery dates and tracking numbers", "确认的交货日期和运单号" },
        { "Confirmed orders with delivery addresses two days before dispatch",
            "发货前两天提供确认订单和收货地址" },
        {}, Strained, 9 },
    { department(Logistics), department(CustomerService), "process", "pipeline",
        { "Spare parts picked and shipped the same day", "备件当天拣货发出" }, {},
        { "Service sends parts requests at any hour; a 14:00 cut-off was proposed but not agreed.",
            "客服随时发备件需求，提议的14点截单尚未达成一致。" },
        Healthy, 5 },
    { department(Sales), department(CustomerService), "process", "pipeline",
        { "Installed-base details and customer contacts at handover", "交接时提供设备清单和客户联系人" },
        { "Service reports that show sales opportunities", "反映销售机会的服务报告" }, {}, Healthy, 7 },
    { person(SeniorBuyer), person(ProductionPlanner), "process", "pipeline",
        { "Confirmed supplier delivery dates", "确认的供应商交期" },
        { "Weekly shortage list", "每周缺料清单" }, {}, Broken, 6 },
    { department(Purchasing), person(InspectionEngineer), "process", "",
        { "Delivery notes and material certificates with each lot", "每批到货附送货单和材质证明" },
        { "Inspection results and supplier defect reports", "检验结果和供应商不良报告" }, {}, Strained, 6 },
    { person(ShippingCoordinator), person(RepEast1), "process", "",
        { "Tracking numbers and proof of delivery", "运单号和签收单" },
        { "Delivery windows agreed with the customer", "与客户约定的收货时间" }, {}, Healthy, 4 },
};

// ------------------------------------------------------------------------------------- cities and products

struct City
{
    Text name;
    Text region;
    const char* webSuffix; // English domains; Chinese ones end in .com.cn
    const char* phonePrefix; // English phones: prefix and the number of digits after it
    int phoneDigits;
    const char* mobilePrefix;
    int mobileDigits;
    const char* areaCode; // Chinese landlines
    Text street; // {number} is the house number
};

// The first six belong to the eastern (Americas) team, the last six to the southern (Europe) team.
constexpr int eastCities = 6;
const City cities[] = {
    { { "Chicago", "上海" }, { "Illinois", "华东" }, "com", "+1 312 555 01", 2, "+1 312 555 01", 2, "021",
        { "{number} W Fulton Market", "闵行区春中路{number}号" } },
    { { "Houston", "苏州" }, { "Texas", "华东" }, "com", "+1 713 555 01", 2, "+1 713 555 01", 2, "0512",
        { "{number} Clinton Drive", "工业园区星湖街{number}号" } },
    { { "Pittsburgh", "杭州" }, { "Pennsylvania", "华东" }, "com", "+1 412 555 01", 2, "+1 412 555 01", 2,
        "0571", { "{number} Smallman Street", "萧山区建设一路{number}号" } },
    { { "Atlanta", "南京" }, { "Georgia", "华东" }, "com", "+1 404 555 01", 2, "+1 404 555 01", 2, "025",
        { "{number} Marietta Boulevard NW", "江宁区将军大道{number}号" } },
    { { "Denver", "宁波" }, { "Colorado", "华东" }, "com", "+1 303 555 01", 2, "+1 303 555 01", 2, "0574",
        { "{number} Brighton Boulevard", "北仑区明州路{number}号" } },
    { { "Columbus", "无锡" }, { "Ohio", "华东" }, "com", "+1 614 555 01", 2, "+1 614 555 01", 2, "0510",
        { "{number} Alum Creek Drive", "新吴区长江路{number}号" } },
    { { "Rotterdam", "广州" }, { "Netherlands", "华南" }, "nl", "+31 10 4", 6, "+31 6 ", 8, "020",
        { "Waalhaven Zuidzijde {number}", "黄埔区开创大道{number}号" } },
    { { "Hamburg", "深圳" }, { "Germany", "华南" }, "de", "+49 40 3", 7, "+49 151 ", 8, "0755",
        { "Billstraße {number}", "南山区高新南七道{number}号" } },
    { { "Lyon", "佛山" }, { "France", "华南" }, "fr", "+33 4 72 ", 6, "+33 6 ", 8, "0757",
        { "{number} rue de Gerland", "顺德区五沙工业区{number}号" } },
    { { "Milan", "东莞" }, { "Italy", "华南" }, "it", "+39 02 ", 8, "+39 347 ", 7, "0769",
        { "Via Mecenate {number}", "长安镇振安中路{number}号" } },
    { { "Dublin", "成都" }, { "Ireland", "西南" }, "ie", "+353 1 4", 6, "+353 87 ", 7, "028",
        { "Unit {number}, Ballymount Industrial Estate", "高新区科园南路{number}号" } },
    { { "Antwerp", "重庆" }, { "Belgium", "西南" }, "be", "+32 3 ", 7, "+32 475 ", 6, "023",
        { "Noorderlaan {number}", "九龙坡区西彭工业园{number}号" } },
};

enum ProductIndex
{
    InlinePump,
    MultistagePump,
    SubmersiblePump,
    HomeBooster,
    FirePumpSet,
    ProcessPump,
    SealKit
};

struct Product
{
    Text name;
    const char* chineseMeasure;
    int priceCny; // whole yuan; amounts are stored in fen
    int priceUsd; // whole dollars or euros
    int maxUnits; // per order, 0 for no limit
};

const Product products[] = {
    { { "VTP vertical inline pump", "ISG立式管道离心泵" }, "台", 4800, 690, 0 },
    { { "CDL stainless multistage pump", "CDL不锈钢多级离心泵" }, "台", 12800, 1850, 0 },
    { { "SUB submersible drainage pump", "QDX潜水排污泵" }, "台", 3600, 520, 0 },
    { { "HomeBoost booster pump", "家用自吸增压泵" }, "台", 680, 95, 0 },
    { { "FireGuard fire pump set", "XBD消防泵组" }, "套", 86000, 12400, 2 },
    { { "ISO chemical process pump", "IH化工流程泵" }, "台", 23500, 3400, 6 },
    { { "mechanical seal kit", "机械密封备件包" }, "套", 450, 65, 0 },
};

struct CategoryProfile
{
    const char* category;
    Text decisionMakers[2];
    ProductIndex products[3];
    int minUnits;
    int maxUnits;
    int discountPercent;
};

const CategoryProfile categoryProfiles[] = {
    { "distributor", { { "Managing Director", "总经理" }, { "Sales Director", "销售总监" } },
        { InlinePump, MultistagePump, SubmersiblePump }, 10, 60, 18 },
    { "end_user", { { "Plant Manager", "厂长" }, { "Maintenance Manager", "设备部经理" } },
        { MultistagePump, ProcessPump, FirePumpSet }, 2, 12, 5 },
    { "client", { { "Project Director", "项目总监" }, { "Purchasing Manager", "采购经理" } },
        { InlinePump, MultistagePump, FirePumpSet }, 4, 20, 8 },
    { "retailer", { { "Owner", "老板" }, { "Store Manager", "店长" } },
        { HomeBooster, SubmersiblePump, SealKit }, 10, 40, 15 },
    { "consumer", { {}, {} }, { HomeBooster, SubmersiblePump, HomeBooster }, 1, 2, 0 },
};

// ---------------------------------------------------------------------------------------------- accounts

enum Segment
{
    Loyal,
    Floating,
    Potential
};

struct AccountRow
{
    int city;
    const char* category;
    Segment segment;
    Text name;
    const char* englishSlug; // domain or, for a person, the mailbox
    const char* chineseSlug;
};

// Rows 0-29 belong to the eastern team, 30-59 to the southern one; the city sits inside many names so that
// search by one place finds them.
const AccountRow accountRows[] = {
    { 0, "distributor", Loyal, { "Great Lakes Pump Supply Inc.", "上海申通机电设备有限公司" },
        "greatlakespump", "shentong-me" },
    { 1, "end_user", Loyal, { "Houston Municipal Water Works", "苏州恒清水务有限公司" }, "houstonwaterworks",
        "hengqing-water" },
    { 2, "client", Floating, { "Allegheny Mechanical Contractors", "杭州博远建设工程有限公司" },
        "alleghenymech", "boyuan-build" },
    { 3, "end_user", Potential, { "Peachtree Food Processing", "南京金陵食品有限公司" }, "peachtreefood",
        "jinling-food" },
    { 4, "distributor", Floating, { "Front Range Fluid Systems", "宁波甬达泵阀销售有限公司" },
        "frontrangefluid", "yongda-pv" },
    { 5, "end_user", Loyal, { "Buckeye Chemical Plant", "无锡华晨化工有限公司" }, "buckeyechem",
        "huachen-chem" },
    { 0, "retailer", Floating, { "Lakeside Hardware & Supply", "上海浦江五金机电商行" }, "lakesidehardware",
        "pujiang-hw" },
    { 1, "client", Potential, { "Gulf Coast Engineering Group", "苏州东方环保工程有限公司" }, "gulfcoasteng",
        "dongfang-env" },
    { 2, "end_user", Loyal, { "Three Rivers Steel Mill", "杭州钱塘热电有限公司" }, "threeriverssteel",
        "qiantang-power" },
    { 3, "distributor", Floating, { "Southern Pump & Valve Co.", "南京华东机电设备有限公司" },
        "southernpumpvalve", "hdjd-nj" },
    { 4, "consumer", Potential, { "Daniel Brooks", "陈志明" }, "daniel.brooks", "chenzhiming" },
    { 5, "retailer", Loyal, { "Ohio Valley Farm Store", "无锡锡山农资五金店" }, "ohiovalleyfarm",
        "xishan-farm" },
    { 0, "end_user", Potential, { "Windy City Cold Storage", "上海临港冷链物流有限公司" }, "windycitycold",
        "lingang-cold" },
    { 1, "distributor", Loyal, { "Bayou Industrial Distributors", "苏州瑞丰机电贸易有限公司" },
        "bayouindustrial", "ruifeng-me" },
    { 2, "consumer", Floating, { "Laura Mitchell", "周晓梅" }, "laura.mitchell", "zhouxiaomei" },
    { 3, "client", Loyal, { "Piedmont Building Services", "南京苏建安装工程有限公司" }, "piedmontbuilding",
        "sujian-install" },
    { 4, "end_user", Potential, { "Rocky Mountain Brewing Co.", "宁波东钱湖啤酒有限公司" },
        "rockymountainbrew", "dqh-beer" },
    { 5, "client", Floating, { "Scioto Facility Management", "无锡太湖物业管理有限公司" }, "sciotofm",
        "taihu-pm" },
    { 0, "distributor", Potential, { "Midwest Flow Products", "上海沪东泵阀有限公司" }, "midwestflow",
        "hudong-pv" },
    { 1, "end_user", Floating, { "Lone Star Petrochemical", "苏州东华化纤有限公司" }, "lonestarpetro",
        "donghua-fiber" },
    { 2, "retailer", Potential, { "Keystone Home Center", "杭州家家乐建材超市" }, "keystonehome",
        "jiajiale-home" },
    { 3, "end_user", Loyal, { "Georgia Poultry Processors", "南京雨花污水处理厂" }, "georgiapoultry",
        "yuhua-wwtp" },
    { 4, "retailer", Floating, { "Mile High Plumbing Supply", "宁波江北水暖器材店" }, "milehighplumbing",
        "jiangbei-plumb" },
    { 5, "distributor", Potential, { "Heartland Pump Distributors", "无锡新区机电设备有限公司" },
        "heartlandpump", "xinqu-me" },
    { 0, "client", Loyal, { "Lincoln Park Hospital Facilities", "上海仁和医院后勤服务中心" },
        "lincolnparkhospital", "renhe-hosp" },
    { 1, "consumer", Loyal, { "Robert Garza", "吴国平" }, "robert.garza", "wuguoping" },
    { 2, "distributor", Potential, { "Penn Industrial Supply", "杭州萧山泵业经销部" }, "pennindustrial",
        "xiaoshan-pump" },
    { 3, "retailer", Loyal, { "Atlanta Pool & Spa", "南京秦淮水暖建材商行" }, "atlantapoolspa",
        "qinhuai-bm" },
    { 4, "end_user", Floating, { "Denver Parks Irrigation", "宁波北仑港务有限公司" }, "denverparks",
        "beilun-port" },
    { 5, "end_user", Potential, { "Columbus Data Center", "无锡云数据中心有限公司" }, "columbusdc",
        "wuxi-idc" },
    { 6, "distributor", Loyal, { "Maasvlakte Pompen B.V.", "广州粤海机电设备有限公司" }, "maasvlaktepompen",
        "yuehai-me" },
    { 7, "end_user", Loyal, { "Elbwasser Versorgung GmbH", "深圳南山水务有限公司" }, "elbwasser",
        "nanshan-water" },
    { 8, "client", Floating, { "Rhône Ingénierie SA", "佛山顺德建筑设备安装有限公司" }, "rhone-ingenierie",
        "shunde-install" },
    { 9, "end_user", Potential, { "Lombardia Tessile S.p.A.", "东莞长安电子有限公司" }, "lombardiatessile",
        "changan-elec" },
    { 10, "distributor", Floating, { "Liffey Pumps & Valves Ltd", "成都蓉城泵阀有限公司" }, "liffeypumps",
        "rongcheng-pv" },
    { 11, "end_user", Loyal, { "Scheldt Chemicals NV", "重庆长江化工有限公司" }, "scheldtchemicals",
        "cj-chem" },
    { 6, "retailer", Floating, { "Bouwmarkt Kralingen", "广州天河水暖五金店" }, "bouwmarktkralingen",
        "tianhe-hw" },
    { 7, "client", Potential, { "Nordtech Gebäudetechnik GmbH", "深圳前海智慧建筑科技有限公司" },
        "nordtech-gt", "qianhai-build" },
    { 8, "end_user", Loyal, { "Laiterie des Monts du Lyonnais", "佛山海鸿陶瓷有限公司" }, "laiterie-monts",
        "haihong-ceramic" },
    { 9, "distributor", Floating, { "Idraulica Brambilla S.r.l.", "东莞虎门机电批发部" },
        "idraulicabrambilla", "humen-me" },
    { 10, "consumer", Potential, { "Siobhan Kelly", "刘海燕" }, "siobhan.kelly", "liuhaiyan" },
    { 11, "retailer", Loyal, { "Brico Berchem", "重庆解放碑五金机电城" }, "bricoberchem", "jfb-hw" },
    { 6, "end_user", Potential, { "Waalhaven Terminal B.V.", "广州南沙港仓储有限公司" }, "waalhaventerminal",
        "nansha-storage" },
    { 7, "distributor", Loyal, { "Hanse Pumpentechnik GmbH", "深圳鹏程机电设备有限公司" }, "hanse-pumpen",
        "pengcheng-me" },
    { 8, "consumer", Floating, { "Julien Moreau", "梁伟强" }, "julien.moreau", "liangweiqiang" },
    { 9, "client", Loyal, { "Costruzioni Ferraris S.p.A.", "东莞松山湖建设工程有限公司" },
        "costruzioniferraris", "ssh-build" },
    { 10, "end_user", Potential, { "Dublin Bay Wastewater Services", "成都双流污水处理有限公司" },
        "dublinbaywater", "shuangliu-wwtp" },
    { 11, "client", Floating, { "Vlaamse Installatietechniek BV", "重庆渝安机电安装工程有限公司" },
        "vlaamse-installatie", "yuan-install" },
    { 6, "end_user", Loyal, { "Delfland Greenhouses", "广州白云花卉种植基地" }, "delflandgreenhouses",
        "baiyun-flower" },
    { 7, "retailer", Potential, { "Baumarkt Altona", "深圳宝安建材市场水泵专营店" }, "baumarkt-altona",
        "baoan-pump" },
    { 8, "distributor", Potential, { "Pompes Rhône-Alpes SARL", "佛山南海泵阀贸易有限公司" },
        "pompes-rhonealpes", "nanhai-pv" },
    { 9, "end_user", Floating, { "Acque Brianza S.p.A.", "东莞塘厦水务有限公司" }, "acquebrianza",
        "tangxia-water" },
    { 10, "client", Loyal, { "Shannon Building Services Ltd", "成都天府建设工程有限公司" }, "shannonbuilding",
        "tianfu-build" },
    { 11, "consumer", Potential, { "Bram Peeters", "何永康" }, "bram.peeters", "heyongkang" },
    { 6, "client", Potential, { "Van Dam Installatiebedrijf", "广州珠江建筑安装有限公司" },
        "vandam-installatie", "zhujiang-install" },
    { 7, "end_user", Floating, { "Altona Fernwärme GmbH", "深圳龙岗食品饮料有限公司" }, "altona-fernwaerme",
        "longgang-food" },
    { 8, "retailer", Loyal, { "Quincaillerie Bellecour", "佛山禅城五金机电商行" }, "quincaillerie-bellecour",
        "chancheng-hw" },
    { 9, "end_user", Potential, { "Clinica Navigli", "东莞仁康医院" }, "clinicanavigli", "renkang-hosp" },
    { 10, "retailer", Floating, { "Leinster Farm Supplies", "成都温江农资水泵店" }, "leinsterfarm",
        "wenjiang-farm" },
    { 11, "distributor", Loyal, { "Benelux Fluid Distribution NV", "重庆山城泵业销售有限公司" },
        "beneluxfluid", "shancheng-pump" },
};
constexpr int eastAccounts = 30;
// Two of the departing rep's accounts tell the handover story: one bought from a competitor during the
// handover and slipped from loyal to floating; nobody has contacted the other since.
constexpr int slippingAccount = 19;
constexpr int untouchedAccount = 23;

const Text competitors[] = {
    { "Caldera Pumps", "东岳泵业" },
    { "Vortexa Fluid Systems", "海宏流体" },
    { "Brennan & Hart", "金川水泵" },
    { "Aqualine", "德沃泵阀" },
};

const Text sources[] = {
    { "Trade fair", "展会" },
    { "Referral from a customer", "老客户介绍" },
    { "Website enquiry", "官网询价" },
    { "Cold call", "电话陌拜" },
    { "Tender portal", "招投标平台" },
    { "Industry association", "行业协会" },
};

const Text accountNotes[][2] = {
    { { "Orders every quarter and pays within 30 days. Mostly {product}.",
          "每季度下单，30天内付款，主要采购{product}。" },
        { "Long-standing customer; expects a visit before every budget round.",
            "多年老客户，每次做预算前都希望我们上门沟通。" } },
    { { "Splits orders with {competitor}; very price-sensitive.",
          "与{competitor}分单采购，对价格非常敏感。" },
        { "Buys from us when delivery is urgent, otherwise from {competitor}.",
            "急单找我们，常规订单给{competitor}。" } },
    { { "Currently runs {competitor} pumps; budget decision expected next quarter.",
          "目前使用{competitor}的泵，预计下季度决定预算。" },
        { "Interested in the {product}; wants a reference site first.",
            "对{product}感兴趣，希望先参观样板工程。" } },
};

const Text handoverBriefings[] = {
    { "Loyal for years; orders {product} every quarter. {contact} decides: call before visiting. Always pays "
      "on time.",
        "多年老客户，每季度采购{product}。{contact}拍板，拜访前先电话预约。付款一直准时。" },
    { "Splits orders with {competitor}; we win on delivery time and lose on price. {contact} wants a firm "
      "date on every quote.",
        "与{competitor}分单，我们赢在交期、输在价格。{contact}要求每份报价写明确定交期。" },
    { "Not a buyer yet; runs {competitor} pumps. {contact} asked for a trial {product}, promised but not yet "
      "sent.",
        "尚未成交，目前使用{competitor}的泵。{contact}想试用{product}，已答应但还没寄出。" },
};

// -------------------------------------------------------------------------------------------- people

struct ChineseName
{
    const char* hanzi;
    const char* pinyin;
};

const ChineseName chineseSurnames[] = {
    { "王", "wang" },
    { "李", "li" },
    { "张", "zhang" },
    { "刘", "liu" },
    { "陈", "chen" },
    { "杨", "yang" },
    { "黄", "huang" },
    { "赵", "zhao" },
    { "周", "zhou" },
    { "吴", "wu" },
    { "徐", "xu" },
    { "孙", "sun" },
    { "马", "ma" },
    { "朱", "zhu" },
    { "胡", "hu" },
    { "郭", "guo" },
    { "何", "he" },
    { "林", "lin" },
    { "罗", "luo" },
    { "高", "gao" },
    { "郑", "zheng" },
    { "梁", "liang" },
    { "谢", "xie" },
    { "宋", "song" },
};
const ChineseName chineseGivenNames[] = {
    { "建华", "jianhua" },
    { "志刚", "zhigang" },
    { "秀英", "xiuying" },
    { "敏", "min" },
    { "海峰", "haifeng" },
    { "丽萍", "liping" },
    { "国强", "guoqiang" },
    { "晓东", "xiaodong" },
    { "春梅", "chunmei" },
    { "文斌", "wenbin" },
    { "玉兰", "yulan" },
    { "俊杰", "junjie" },
    { "红霞", "hongxia" },
    { "永刚", "yonggang" },
    { "雪", "xue" },
    { "立新", "lixin" },
    { "婷婷", "tingting" },
    { "振宇", "zhenyu" },
    { "桂芳", "guifang" },
    { "明辉", "minghui" },
};
const char* const englishFirstNames[]
    = { "Alan", "Beth", "Carlos", "Diane", "Ethan", "Fatima", "George", "Helen", "Ivan", "Jenny", "Kevin",
          "Linda", "Mark", "Nina", "Oscar", "Paula", "Raj", "Sarah", "Trevor", "Vanessa" };
const char* const englishLastNames[] = { "Anderson", "Baker", "Clarke", "Dunn", "Evans", "Fischer", "Garcia",
    "Hoffmann", "Jansen", "Keller", "Lambert", "Martin", "Nielsen", "O'Brien", "Peters", "Quinn", "Reyes",
    "Schmidt", "Taylor", "Visser" };
const char* const chineseMobilePrefixes[] = { "138", "139", "135", "136", "137", "150", "158", "186", "189" };

const Text contactTitles[] = {
    { "Buyer", "采购专员" },
    { "Maintenance Supervisor", "设备主管" },
    { "Finance Controller", "财务主管" },
    { "Site Engineer", "现场工程师" },
};
const Text contactNotes[] = {
    { "Prefers calls before 10 am.", "上午10点前方便接电话。" },
    { "Signs off anything above 50,000.", "5万元以上的采购由其审批。" },
    { "Used to work with our service engineer.", "曾与我司售后工程师共事。" },
    { "Replies to messages faster than to e-mail.", "回微信比回邮件快。" },
};

// -------------------------------------------------------------------------------------------- interactions

const char* const interactionKinds[] = { "visit", "call", "message", "email", "meeting", "gift" };
// Weights of each kind above, by segment: loyal customers get visits and gifts, prospects get calls and mail.
const int interactionWeights[][6] = {
    { 30, 25, 10, 10, 15, 10 },
    { 25, 30, 10, 20, 10, 5 },
    { 20, 35, 10, 30, 5, 0 },
};

struct SummaryRow
{
    int kind; // index into interactionKinds
    Text text;
};

const SummaryRow summaries[] = {
    { 0,
        { "Visited {contact} on site; walked the pump room and noted two {product} units due for "
          "replacement.",
            "上门拜访{contact}，查看泵房，有两台{product}需要更换。" } },
    { 0,
        { "Plant visit with {contact}: demonstrated the {product} and measured flow on the existing line.",
            "与{contact}到现场演示{product}，并测量了现有管路流量。" } },
    { 0,
        { "Joint visit with our service engineer; {contact} raised a noise complaint on one {product}.",
            "与售后工程师一起回访，{contact}反映一台{product}运行噪音偏大。" } },
    { 0,
        { "Visited {contact} to review last year's orders and discuss next season's volumes.",
            "拜访{contact}，回顾去年订单并沟通明年需求量。" } },
    { 1,
        { "Called {contact} about the open quotation for the {product}; they are comparing it with "
          "{competitor}.",
            "致电{contact}跟进{product}报价，对方正在与{competitor}比价。" } },
    { 1,
        { "Call with {contact}: confirmed the delivery date and the installation window.",
            "与{contact}电话确认交货日期和安装时间。" } },
    { 1,
        { "{contact} called to ask for spare seals; passed on to customer service.",
            "{contact}来电询问机械密封备件，已转客服部处理。" } },
    { 1,
        { "Introductory call with {contact}; sent our catalogue afterwards.",
            "首次电话联系{contact}，随后寄送了产品样本。" } },
    { 2,
        { "Message from {contact}: the pumps arrived, installation starts on Monday.",
            "{contact}微信告知：水泵已到货，周一开始安装。" } },
    { 2,
        { "Sent {contact} the datasheet and performance curve of the {product}.",
            "微信发送{product}的技术参数表和性能曲线给{contact}。" } },
    { 3,
        { "E-mailed {contact} a quotation for the {product} with a 5% volume discount.",
            "邮件发送{product}报价给{contact}，含5%批量折扣。" } },
    { 3,
        { "{contact} e-mailed a tender invitation; the deadline is in three weeks.",
            "{contact}邮件发来招标邀请，三周后截止。" } },
    { 3,
        { "Sent {contact} the annual price list and the new warranty terms.",
            "向{contact}发送年度价格表和新的质保条款。" } },
    { 4,
        { "Technical meeting with {contact} and their engineers on replacing {competitor} units with the "
          "{product}.",
            "与{contact}及其技术人员开会，讨论用{product}替换{competitor}的设备。" } },
    { 4,
        { "Annual business review with {contact}: volumes, payment terms and service level.",
            "与{contact}进行年度业务回顾：采购量、付款条件和服务水平。" } },
    { 4,
        { "{contact} visited our factory with two colleagues and toured assembly and the test bench.",
            "{contact}带两位同事来厂参观了装配线和试验台。" } },
    { 5,
        { "Sent {contact} a holiday hamper with a thank-you card.",
            "中秋节给{contact}寄送月饼礼盒和感谢卡。" } },
    { 5,
        { "Gave {contact} a branded toolkit after the commissioning.",
            "调试完成后赠送{contact}公司定制工具包。" } },
};

const Text nextSteps[] = {
    { "Send the revised quotation", "发送修改后的报价" },
    { "Book a site survey", "预约现场勘查" },
    { "Follow up on the trial unit", "跟进样机试用情况" },
    { "Chase the signed contract", "催签合同" },
    { "Invite to the factory open day", "邀请参加工厂开放日" },
    { "Check the installation with service", "与售后一起检查安装情况" },
};

// What the latest contact of an account left to do, in turn, so the dashboard shows every case.
enum class FollowUp
{
    Overdue,
    DueToday,
    Upcoming,
    Done,
    Nothing
};
const FollowUp followUpCycle[] = { FollowUp::Overdue, FollowUp::DueToday, FollowUp::Upcoming,
    FollowUp::Upcoming, FollowUp::Upcoming, FollowUp::Done, FollowUp::Nothing };

// What the successor has done with a handed-over account so far.
enum class AfterHandover
{
    Visited,
    VisitOverdue,
    VisitUpcoming,
    VisitToday,
    NotContacted
};
// What the successor did after the handover, account by account, except for the two story accounts.
const AfterHandover afterHandoverCycle[] = { AfterHandover::Visited, AfterHandover::VisitOverdue,
    AfterHandover::VisitUpcoming, AfterHandover::VisitToday };

const Text handoverReason { "Resigned to join a company in another industry",
    "个人原因辞职，转行到其他行业" };
const Text handoverNotes {
    "All accounts go to {successor}. Watch {account}: {departed} says {competitor} has been courting them.",
    "全部客户交给{successor}。重点关注{account}：据{departed}反馈，{competitor}一直在接触该客户。"
};
const Text introductionCall {
    "Introduced myself to {contact} as the new account manager after {departed} left; agreed on a visit.",
    "致电{contact}，介绍自己接替{departed}担任客户经理，约定上门拜访。"
};
const Text firstVisit {
    "First visit since the handover: met {contact}, went through open quotes and the service history.",
    "交接后首次拜访{contact}，梳理在途报价和服务记录。"
};
const Text firstVisitStep { "First on-site visit after the handover", "交接后首次上门拜访" };
const Text competitorCall { "{contact} confirmed they ordered from {competitor} during the handover and "
                            "asked for our best price for the next lot.",
    "{contact}确认交接期间向{competitor}下了订单，要求我们下一批给出最优价格。" };
const Text counterOffer { "Send a counter-offer for the next lot", "提交下一批的竞争性报价" };

struct SegmentChangeReason
{
    Segment from;
    Segment to;
    Text reason;
};
const SegmentChangeReason segmentReasons[] = {
    { Potential, Floating, { "First order after the trade-fair demonstration", "展会演示后首次下单" } },
    { Floating, Loyal,
        { "Two years of steady orders and no competitor purchases", "连续两年稳定采购，无竞品采购" } },
    { Loyal, Floating, { "Ordered from {competitor} during the handover", "交接期间向{competitor}采购" } },
};

// ----------------------------------------------------------------------------------------------- requests

// Service groups beyond the departments: a subordinate in top management reports upward.
constexpr int Reporting = DepartmentCount;

enum class Audience
{
    Colleagues,
    Customers,
    Both
};

struct RequestTemplate
{
    int group; // the providing department (or Reporting)
    Audience audience;
    Text title;
    Text description;
    Text acceptance;
};

// {batch} is a year-week, {order} a sales order, {qty} a production quantity, {units} a few, {account} a
// customer.
const RequestTemplate requestTemplates[] = {
    { Management, Audience::Colleagues, { "Approve overtime for batch {batch}", "审批{batch}批次加班申请" },
        { "Batch {batch} is {qty} pumps behind plan; two Saturday shifts would close the gap.",
            "{batch}批次落后计划{qty}台，需安排两个周六加班补齐。" },
        { "Written approval with a cost limit.", "书面批复并注明费用上限。" } },
    { Management, Audience::Colleagues,
        { "Decide on a second CNC machining centre", "决定是否采购第二台数控加工中心" },
        { "The current centre runs at 92% utilisation; quotes from two suppliers are attached.",
            "现有加工中心利用率92%，附两家供应商报价。" },
        { "A decision and a budget line before next quarter.", "下季度前给出决定并落实预算。" } },
    { Management, Audience::Colleagues, { "Release the trade-fair budget", "批准展会预算" },
        { "Stand and sample pumps for the pump and valve fair; {qty} leads expected.",
            "泵阀展的展位与样机费用，预计获得{qty}条线索。" },
        { "Budget approved in the finance system.", "预算在财务系统中审批通过。" } },
    { Reporting, Audience::Colleagues, { "Figures for the quarterly board report", "提供季度董事会报告数据" },
        { "Output, margin and on-time delivery, with comments on every miss.",
            "产量、毛利和准时交付率，并说明未达标原因。" },
        { "Figures reconciled with finance, in the board template.",
            "数据与财务核对一致，使用董事会模板。" } },
    { Reporting, Audience::Colleagues, { "Quarterly sales forecast", "季度销售预测" },
        { "Forecast per region and product line, with the ten largest opportunities.",
            "按区域和产品线预测，列出前十大商机。" },
        { "Forecast submitted before the management meeting.", "经营会前提交。" } },
    { Reporting, Audience::Colleagues,
        { "Explain the overtime cost in week {batch}", "说明第{batch}周加班费用" },
        { "Overtime was twice the budget.", "加班费用为预算的两倍。" },
        { "One page with the plan to get back within budget.", "一页说明及回到预算内的计划。" } },
    { Purchasing, Audience::Colleagues,
        { "Supply {qty} impeller castings for batch {batch}", "为{batch}批次供应{qty}件叶轮铸件" },
        { "Grade CF8M, drawing rev. C; the foundry has had porosity issues, ask for X-ray reports.",
            "材质CF8M，图纸C版；该铸造厂曾出现气孔问题，需附X光探伤报告。" },
        { "Castings at the line with certificates, no porosity rejects.",
            "铸件按时到线，附材质证明，无气孔退货。" } },
    { Purchasing, Audience::Colleagues,
        { "Expedite mechanical seals for order {order}", "加急采购订单{order}所需机械密封" },
        { "The supplier moved delivery by two weeks; the customer's date cannot move.",
            "供应商交期推迟两周，而客户交期不能变。" },
        { "Seals in stock three days before assembly.", "装配前三天机械密封到库。" } },
    { Purchasing, Audience::Colleagues, { "Second source for 7.5 kW motors", "开发7.5千瓦电机第二供应商" },
        { "Single-source risk: one supplier delivers 80% of our motors.",
            "单一来源风险：80%的电机来自同一供应商。" },
        { "Second supplier approved and a trial lot passed.", "第二供应商通过审核且试产批合格。" } },
    { Production, Audience::Colleagues,
        { "Build {qty} CDL pumps for order {order}", "按订单{order}生产{qty}台CDL多级泵" },
        { "The customer wants a test certificate per pump; ship in two lots.",
            "客户要求每台附试验报告，分两批发货。" },
        { "All pumps passed the test bench and were handed to quality.",
            "全部通过试验台测试并移交质量部。" } },
    { Production, Audience::Colleagues, { "Production report for week {batch}", "提交第{batch}周生产报告" },
        { "Output, scrap rate, overtime and machine downtime.", "产量、废品率、加班和设备停机情况。" },
        { "Report in the shared folder by Monday 10:00.", "周一10点前上传共享文件夹。" } },
    { Production, Audience::Colleagues,
        { "Rework {units} pumps with leaking casings", "返修{units}台泵壳渗漏的水泵" },
        { "Found at the final test; casting porosity suspected.", "终检发现，怀疑铸件气孔。" },
        { "Pumps pass the pressure test at 1.5 times rated pressure.", "返修后通过1.5倍额定压力试验。" } },
    { Quality, Audience::Colleagues,
        { "Incoming inspection of casting lot {batch}", "{batch}批铸件来料检验" },
        { "X-ray and dimensional check on 10% of the lot.", "按10%抽检X光与尺寸。" },
        { "Inspection report within 24 hours of arrival.", "到货24小时内出具检验报告。" } },
    { Quality, Audience::Colleagues,
        { "8D report for the complaint on order {order}", "订单{order}客诉8D报告" },
        { "The customer reports vibration on {units} pumps after three weeks in service.",
            "客户反映{units}台泵运行三周后振动超标。" },
        { "Root cause, containment and corrective action signed off by the customer.",
            "根因、围堵措施与纠正措施经客户确认。" } },
    { Quality, Audience::Colleagues, { "Release batch {batch} for shipping", "放行{batch}批次发货" },
        { "Final test records are complete; the paint thickness check is missing.",
            "终检记录齐全，待测漆膜厚度。" },
        { "Batch released with certificates of conformity.", "批次放行并附合格证。" } },
    { Logistics, Audience::Colleagues, { "Ship order {order} to {account}", "订单{order}发往{account}" },
        { "{units} pallets; the customer has a forklift only until 16:00.",
            "共{units}托，客户叉车只工作到16:00。" },
        { "Delivered with a signed proof of delivery.", "送达并取得签收单。" } },
    { Logistics, Audience::Colleagues,
        { "Confirm the delivery date of order {order}", "确认订单{order}的交货日期" },
        { "The customer is booking installation crews around it.", "客户需据此安排安装队伍。" },
        { "Confirmed date and tracking number sent to sales.", "向销售部提供确认交期与运单号。" } },
    { Logistics, Audience::Colleagues,
        { "Same-day dispatch of spare parts for {account}", "当天发出{account}所需备件" },
        { "Seal kit and impeller for a pump that is down.", "停机泵所需的密封包和叶轮。" },
        { "Parts collected by the courier before 17:00.", "17点前交快递揽收。" } },
    { Marketing, Audience::Colleagues, { "Brochure for the new CDL range", "CDL新系列产品样本" },
        { "Eight pages with performance curves and two reference sites.",
            "8页，中英文，含性能曲线和两个样板工程。" },
        { "Approved PDF and {qty} printed copies.", "定稿PDF及印刷{qty}份。" } },
    { Marketing, Audience::Colleagues, { "Qualified leads from the trade fair", "整理展会合格线索" },
        { "Sort the {qty} business cards by region and interest.", "按区域与意向整理{qty}张名片。" },
        { "Leads assigned to reps in Tandem within a week.", "一周内在系统中分配给销售代表。" } },
    { Marketing, Audience::Colleagues, { "Case study on {account}", "撰写{account}应用案例" },
        { "Energy savings after replacing their old pumps.", "更换旧泵后的节能效果。" },
        { "One-page case study approved by the customer.", "经客户确认的一页案例。" } },
    { Sales, Audience::Colleagues, { "Collection forecast for next month", "下月回款预测" },
        { "Expected payments per customer, with the risks.", "按客户列出预计回款及风险。" },
        { "Forecast in finance's template by the 5th.", "5日前按财务模板提交。" } },
    { Sales, Audience::Colleagues, { "Signed contract for order {order}", "提供订单{order}已签合同" },
        { "Needed before the order can be released from credit hold.", "信用放行前需要。" },
        { "Scanned contract signed by both sides.", "双方盖章的合同扫描件。" } },
    { Sales, Audience::Colleagues, { "Feedback on lost order {order}", "订单{order}丢单原因反馈" },
        { "The customer chose a competitor; we need the price and specification gap.",
            "客户选择了竞争对手，需了解价格和技术差异。" },
        { "One page including the competitor's price.", "一页反馈，含竞争对手价格。" } },
    { Sales, Audience::Colleagues, { "Delivery addresses for order {order}", "提供订单{order}收货地址" },
        { "Three sites, each with a contact person.", "三个收货点，各需联系人。" },
        { "Addresses and contacts two days before dispatch.", "发货前两天提供地址及联系人。" } },
    { Sales, Audience::Customers, { "Quotation for {units} CDL multistage pumps", "{units}台CDL多级泵报价" },
        { "For a plant extension; delivery needed within eight weeks.", "用于厂区扩建，八周内交货。" },
        { "Quotation with delivery date and warranty terms.", "报价含交期和质保条款。" } },
    { Sales, Audience::Customers, { "Delivery status of order {order}", "查询订单{order}发货状态" },
        { "The installation crew is booked; we need the truck's arrival time.",
            "安装队已约好，需确认到货时间。" },
        { "Arrival date and tracking number.", "到货日期和运单号。" } },
    { CustomerService, Audience::Both,
        { "Commission {units} pumps at {account}", "到{account}调试{units}台水泵" },
        { "Start-up and training of the operators.", "开机调试并培训操作人员。" },
        { "Commissioning report signed by the customer.", "客户签字的调试报告。" } },
    { CustomerService, Audience::Colleagues,
        { "Complaint file for order {order}", "提供订单{order}客诉资料" },
        { "Photos, serial numbers and the returned parts for the 8D.",
            "8D分析需要的照片、序列号和退回零件。" },
        { "Complete complaint file in the shared folder.", "完整客诉资料上传共享文件夹。" } },
    { CustomerService, Audience::Both,
        { "Repair a leaking seal at {account}", "上门维修{account}机械密封漏水" },
        { "The boiler feed pump leaks; the customer is running on the standby pump.",
            "锅炉给水泵漏水，客户正在使用备用泵。" },
        { "Pump running without leaks, service report signed.", "水泵无泄漏运行，服务报告已签字。" } },
    { Finance, Audience::Colleagues, { "Credit check for {account}", "{account}信用审核" },
        { "The new order exceeds the current credit limit.", "新订单超出现有信用额度。" },
        { "A decision on the limit within one working day.", "一个工作日内给出额度决定。" } },
    { Finance, Audience::Colleagues,
        { "Pay the foundry early for a 2% discount", "提前支付铸造厂货款以获2%折扣" },
        { "Invoice for batch {batch}; the discount expires on Friday.", "{batch}批次发票，折扣周五到期。" },
        { "Payment made and the remittance sent to the supplier.", "完成付款并将水单发给供应商。" } },
    { Finance, Audience::Colleagues, { "Product cost of the CDL range", "CDL系列产品成本核算" },
        { "Material and labour cost per model, for the new price list.",
            "按型号核算材料和人工成本，用于定价。" },
        { "Cost sheet per model reviewed with sales.", "按型号的成本表与销售部评审。" } },
    { HumanResources, Audience::Colleagues, { "Recruit two CNC operators", "招聘两名数控操作工" },
        { "The machining line starts a second shift next month.", "下月起机加工线开第二班。" },
        { "Two operators started, safety training done.", "两人到岗并完成安全培训。" } },
    { HumanResources, Audience::Colleagues,
        { "Onboarding plan for a new service engineer", "新入职售后工程师培训计划" },
        { "Two weeks in assembly, one week on the test bench.", "装配线两周、试验台一周。" },
        { "Plan agreed and a mentor named.", "计划确认并指定带教师傅。" } },
    { HumanResources, Audience::Colleagues, { "Training on the new quality standard", "新质量标准培训" },
        { "Half-day course for {units} team leads.", "为{units}名班组长安排半天培训。" },
        { "Attendance list and test results.", "签到表和考试成绩。" } },
};

const char* const priorities[] = { "low", "normal", "high", "urgent" };

const Text requesterFeedback[] = {
    { "Far too late; it stopped our line for a day.", "严重延期，导致生产线停工一天。" },
    { "Late, and the first delivery was incomplete.", "延期，且第一次交付不完整。" },
    { "Done, but we had to chase twice.", "完成了，但催了两次。" },
    { "Good; one document came a day late.", "不错，有一份资料晚了一天。" },
    { "Ahead of time and complete, thank you.", "提前完成，资料齐全，感谢！" },
};
const Text providerFeedback[] = {
    { "The request changed three times after we started.", "开始后需求变更了三次。" },
    { "Drawings came late and were the wrong revision.", "图纸来晚且版本错误。" },
    { "The specification changed once after we started.", "开始后规格有一次变更。" },
    { "Good information; the deadline was tight.", "信息完整，时间较紧。" },
    { "Clear request with every drawing attached.", "需求清晰，图纸齐全。" },
};

struct Delay
{
    Text reason;
    Text correctiveAction;
};
const Delay delays[] = {
    { { "The supplier delivered the castings late.", "供应商铸件交付延迟。" },
        { "Weekly supplier call and a safety stock of 50 castings.",
            "每周与供应商通话，建立50件铸件安全库存。" } },
    { { "The test bench was down for two days.", "试验台停机两天。" },
        { "Preventive maintenance plan for the test bench.", "制定试验台预防性维护计划。" } },
    { { "We waited for the requester's drawings.", "等待请求方提供图纸。" },
        { "No request is accepted without its drawings.", "受理请求前必须提供图纸。" } },
    { { "Two people were on sick leave.", "两人病假，人手不足。" },
        { "Cross-train a second person for this task.", "培训第二名人员作为备岗。" } },
    { { "An urgent export order took priority.", "优先处理了紧急出口订单。" },
        { "Agree priorities at the Monday planning meeting.", "周一计划会上统一确定优先级。" } },
};

const Text waitingNote { "Waiting for information from the requester.", "等待请求方补充信息。" };
const Text rejectedNote { "Duplicate of an earlier request; handled there.",
    "与之前的请求重复，已合并处理。" };
const Text cancelledNote { "No longer needed.", "需求已取消。" };

// -------------------------------------------------------------------------------------------- the writer

using Values = QMap<QString, QString>;
using Tokens = QList<std::pair<QString, QString>>;

QString expand(QString text, const Tokens& tokens)
{
    for (const auto& [token, value] : tokens) {
        text.replace(token, value);
    }
    return text;
}

QString segmentName(Segment segment)
{
    static const char* const names[] = { "loyal", "floating", "potential" };
    return QString::fromLatin1(names[segment]);
}

const CategoryProfile& profileOf(const char* category)
{
    for (const CategoryProfile& profile : categoryProfiles) {
        if (qstrcmp(profile.category, category) == 0) {
            return profile;
        }
    }
    return categoryProfiles[0];
}

// The first colleague listed in a department heads it.
StaffIndex headOf(int department)
{
    for (int index = 0; index < StaffCount; ++index) {
        if (staffRows[index].department == department) {
            return static_cast<StaffIndex>(index);
        }
    }
    return Ceo;
}

StaffIndex ownerOf(int accountRow)
{
    static const StaffIndex east[] = { RepEast1, RepEast2, RepEast3, RepEastDeparting };
    static const StaffIndex south[] = { RepSouth1, RepSouth2, RepSouth3 };
    return accountRow < eastAccounts ? east[accountRow % 4] : south[(accountRow - eastAccounts) % 3];
}

int departmentOf(PartyRef party)
{
    return party.isDepartment ? party.index : staffRows[party.index].department;
}

int serviceGroupOf(int department)
{
    return department == SalesEast || department == SalesSouth ? Sales : department;
}

class DemoWriter
{
public:
    DemoWriter(
        Database& database, DemoOrganisation::Language language, const std::function<bool(int)>& progress)
        : m_database(database)
        , m_store(database)
        , m_chinese(language == DemoOrganisation::Language::Chinese)
        , m_progress(progress)
        , m_random(20240611u)
        , m_now(Clock::nowUtc())
        , m_today(Clock::today())
    { }

    Error write();

private:
    struct AccountInfo
    {
        qint64 id = 0;
        int row = 0;
        StaffIndex owner = RepEast1;
        QString name;
        QString competitor;
        QString phone;
        QList<qint64> contactIds;
        QStringList contactNames;
        QDate firstOwnPurchase;
    };

    Error addDepartments();
    Error addStaff();
    Error addLinks();
    Error addAccount(int row);
    Error addContacts(AccountInfo& account);
    Error addPurchases(AccountInfo& account);
    Error addPurchase(AccountInfo& account, int daysAgo, bool fromCompetitor);
    Error addInteractions(AccountInfo& account);
    Error addInteraction(const AccountInfo& account, StaffIndex staff, const QDateTime& at,
        const QString& kind, const QString& summary, const QString& nextStep = {}, const QDate& due = {},
        bool done = false);
    Error addAfterHandover(AccountInfo& account, AfterHandover what);
    Error addSegmentHistory();
    Error addSegmentChange(const AccountInfo& account, Segment from, Segment to, const QDate& on);
    Error addRequests();
    Error addRequest(qint64 requester, PartyRef providerParty, qint64 provider, qint64 linkId, int group,
        Health health, const QString& accountName, bool fromCustomer);
    Error addHandover();

    Error add(const Entity& entity, const Values& values, qint64* id = nullptr);
    Error execute(const QString& statement, const QVariantList& values, qint64* id = nullptr);
    Error reportProgress(int percent);

    QString text(const Text& text) const { return QString::fromUtf8(m_chinese ? text.zh : text.en); }
    QString text(const Text& text, const Tokens& tokens) const { return expand(this->text(text), tokens); }
    int between(int lowest, int highest) { return m_random.bounded(lowest, highest + 1); }
    bool chance(int percent) { return m_random.bounded(100) < percent; }
    template<typename T, std::size_t N> const T& pick(const T (&items)[N])
    {
        return items[m_random.bounded(static_cast<int>(N))];
    }
    int weighted(const int* weights, int count);

    QDateTime workingTime(int daysAgo);
    QString digits(int count);
    QString mobile(const City& city);
    QString landline(const City& city);
    QString productName(ProductIndex product) const { return text(products[product].name); }
    QString staffName(StaffIndex staff) const { return text(staffRows[staff].name); }
    qint64 partyId(PartyRef party) const
    {
        return party.isDepartment ? m_departmentIds[party.index] : m_staffIds[party.index];
    }

    Database& m_database;
    EntityStore m_store;
    bool m_chinese;
    std::function<bool(int)> m_progress;
    QRandomGenerator m_random;
    QDateTime m_now;
    QDate m_today;
    QDate m_leftOn;
    std::array<qint64, DepartmentCount> m_departmentIds {};
    std::array<qint64, StaffCount> m_staffIds {};
    QList<qint64> m_linkIds;
    QList<AccountInfo> m_accounts;
    int m_followUps = 0;
    int m_handedOver = 0;
};

Error DemoWriter::write()
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    auto used = sql::scalar(m_database.connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM staff) + "
                       "(SELECT count(*) FROM accounts)"));
    if (!used) {
        return used.error();
    }
    if (used->toLongLong() > 0) {
        return Error::badInput(QCoreApplication::translate("tandem::DemoOrganisation",
            "The demo organisation can only fill an empty database, and this one already "
            "holds departments, staff or accounts."));
    }
    m_leftOn = m_today.addDays(-departedDaysAgo);

    if (Error error = reportProgress(0)) {
        return error;
    }
    if (Error error = addDepartments()) {
        return error;
    }
    if (Error error = addStaff()) {
        return error;
    }
    if (Error error = addLinks()) {
        return error;
    }
    for (int row = 0; row < static_cast<int>(std::size(accountRows)); ++row) {
        if (Error error = addAccount(row)) {
            return error;
        }
        if (Error error = reportProgress(10 + 50 * (row + 1) / static_cast<int>(std::size(accountRows)))) {
            return error;
        }
    }
    if (Error error = addSegmentHistory()) {
        return error;
    }
    if (Error error = addRequests()) {
        return error;
    }
    // Last, because a colleague who has left can no longer own accounts or join pairs.
    if (Error error = addHandover()) {
        return error;
    }
    if (Error error = reportProgress(99)) {
        return error;
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    if (m_progress) {
        m_progress(100);
    }
    return {};
}

Error DemoWriter::reportProgress(int percent)
{
    if (m_progress && !m_progress(percent)) {
        return Error::usage(QCoreApplication::translate(
            "tandem::DemoOrganisation", "Filling the demo organisation was cancelled; nothing was written."));
    }
    return {};
}

Error DemoWriter::add(const Entity& entity, const Values& values, qint64* id)
{
    auto added = m_store.add(entity, values);
    if (!added) {
        return added.error();
    }
    if (id) {
        *id = *added;
    }
    return {};
}

Error DemoWriter::execute(const QString& statement, const QVariantList& values, qint64* id)
{
    auto query = sql::run(m_database.connection(), statement, values);
    if (!query) {
        return query.error();
    }
    if (id) {
        *id = query->lastInsertId().toLongLong();
    }
    return {};
}

int DemoWriter::weighted(const int* weights, int count)
{
    int total = 0;
    for (int i = 0; i < count; ++i) {
        total += weights[i];
    }
    int roll = m_random.bounded(total);
    for (int i = 0; i < count; ++i) {
        if (roll < weights[i]) {
            return i;
        }
        roll -= weights[i];
    }
    return count - 1;
}

QDateTime DemoWriter::workingTime(int daysAgo)
{
    // Office hours where the company sits: 09:00-17:00 in China is 01:00-09:00 UTC, in Sheffield about
    // 08:00-16:00.
    const int firstHour = m_chinese ? 1 : 8;
    return QDateTime(
        m_now.date().addDays(-daysAgo), QTime(firstHour + between(0, 7), between(0, 59)), Qt::UTC);
}

QString DemoWriter::digits(int count)
{
    QString number;
    for (int i = 0; i < count; ++i) {
        number += QLatin1Char(static_cast<char>('0' + between(0, 9)));
    }
    return number;
}

QString DemoWriter::mobile(const City& city)
{
    if (m_chinese) {
        return QString::fromLatin1(pick(chineseMobilePrefixes)) + digits(8);
    }
    return QString::fromUtf8(city.mobilePrefix) + digits(city.mobileDigits);
}

QString DemoWriter::landline(const City& city)
{
    if (m_chinese) {
        static const char firstDigits[] = { '5', '6', '8' };
        return QString::fromLatin1(city.areaCode) + QLatin1Char('-') + QLatin1Char(pick(firstDigits))
            + digits(7);
    }
    return QString::fromUtf8(city.phonePrefix) + digits(city.phoneDigits);
}

// ------------------------------------------------------------------------------------------- organisation

Error DemoWriter::addDepartments()
{
    for (int index = 0; index < DepartmentCount; ++index) {
        const DepartmentRow& row = departmentRows[index];
        Values values { { QStringLiteral("name"), text(row.name) },
            { QStringLiteral("description"), text(row.description) } };
        if (row.parent != none) {
            values.insert(QStringLiteral("parent_id"), QString::number(m_departmentIds[row.parent]));
        }
        if (Error error = add(entities::department(), values, &m_departmentIds[index])) {
            return error;
        }
    }
    return reportProgress(3);
}

Error DemoWriter::addStaff()
{
    const QString domain = text(companyDomain);
    for (int index = 0; index < StaffCount; ++index) {
        const StaffRow& row = staffRows[index];
        QString login = QString::fromLatin1(row.chineseLogin);
        if (!m_chinese) {
            login.clear();
            for (const QChar c : text(row.name).toLower()) {
                if (c == QLatin1Char(' ')) {
                    login += QLatin1Char('.');
                } else if (c >= QLatin1Char('a') && c <= QLatin1Char('z')) {
                    login += c;
                }
            }
        }
        // The Americas team sits in the US; everyone else at the head office.
        QString phone;
        if (m_chinese) {
            phone = mobile(cities[0]);
        } else if (row.department == SalesEast) {
            phone = QStringLiteral("+1 312 555 01") + digits(2);
        } else {
            phone = QStringLiteral("+44 114 496 0") + digits(3);
        }
        Values values {
            { QStringLiteral("name"), text(row.name) },
            { QStringLiteral("email"), login + QLatin1Char('@') + domain },
            { QStringLiteral("phone"), phone },
            { QStringLiteral("title"), text(row.title) },
            { QStringLiteral("rank_level"), QString::number(row.rank) },
            { QStringLiteral("department_id"), QString::number(m_departmentIds[row.department]) },
            { QStringLiteral("status"), QStringLiteral("active") },
            { QStringLiteral("joined_on"),
                m_today.addMonths(-row.monthsSinceJoining).addDays(-between(0, 27)).toString(Qt::ISODate) },
        };
        if (row.manager != none) {
            values.insert(QStringLiteral("manager_id"), QString::number(m_staffIds[row.manager]));
        }
        if (Error error = add(entities::staff(), values, &m_staffIds[index])) {
            return error;
        }
    }
    return reportProgress(6);
}

Error DemoWriter::addLinks()
{
    for (const LinkRow& row : linkRows) {
        qint64 id = 0;
        const Values values {
            { QStringLiteral("a_party"), QString::number(partyId(row.a)) },
            { QStringLiteral("b_party"), QString::number(partyId(row.b)) },
            { QStringLiteral("kind"), QString::fromLatin1(row.kind) },
            { QStringLiteral("pattern"), QString::fromLatin1(row.pattern) },
            { QStringLiteral("a_to_b"), row.aToB.en ? text(row.aToB) : QString() },
            { QStringLiteral("b_to_a"), row.bToA.en ? text(row.bToA) : QString() },
            { QStringLiteral("notes"), row.notes.en ? text(row.notes) : QString() },
        };
        if (Error error = add(entities::link(), values, &id)) {
            return error;
        }
        m_linkIds << id;
    }
    return reportProgress(9);
}

// ---------------------------------------------------------------------------------------------- accounts

Error DemoWriter::addAccount(int row)
{
    const AccountRow& source = accountRows[row];
    const City& city = cities[source.city];
    const bool isPerson = qstrcmp(source.category, "consumer") == 0;
    AccountInfo account;
    account.row = row;
    account.owner = ownerOf(row);
    account.name = text(source.name);
    account.competitor = text(pick(competitors));
    account.phone = isPerson ? mobile(city) : landline(city);

    const QString slug = QString::fromLatin1(m_chinese ? source.chineseSlug : source.englishSlug);
    QString email;
    QString website;
    if (isPerson) {
        static const char* const chineseMail[] = { "163.com", "126.com", "sina.com" };
        static const char* const englishMail[] = { "gmail.com", "outlook.com" };
        email = slug + QLatin1Char('@')
            + QString::fromLatin1(m_chinese ? pick(chineseMail) : pick(englishMail));
    } else {
        const QString domain = slug
            + (m_chinese ? QStringLiteral(".com.cn")
                         : QLatin1Char('.') + QString::fromLatin1(city.webSuffix));
        email = (m_chinese ? QStringLiteral("sales@") : QStringLiteral("info@")) + domain;
        website = QStringLiteral("www.") + domain;
    }
    QString competitorsText;
    if (source.segment != Loyal) {
        competitorsText = account.competitor;
        if (source.segment == Floating && chance(40)) {
            const QString second = text(pick(competitors));
            if (second != account.competitor) {
                competitorsText += m_chinese ? QStringLiteral("、") : QStringLiteral(", ");
                competitorsText += second;
            }
        }
    }
    const ProductIndex product = pick(profileOf(source.category).products);
    const Tokens tokens { { QStringLiteral("{product}"), productName(product) },
        { QStringLiteral("{competitor}"), account.competitor } };

    const Values values {
        { QStringLiteral("name"), account.name },
        { QStringLiteral("kind"), isPerson ? QStringLiteral("person") : QStringLiteral("organization") },
        { QStringLiteral("category"), QString::fromLatin1(source.category) },
        { QStringLiteral("segment"), segmentName(source.segment) },
        { QStringLiteral("owner_id"), QString::number(m_staffIds[account.owner]) },
        { QStringLiteral("phone"), account.phone },
        { QStringLiteral("email"), email },
        { QStringLiteral("website"), website },
        { QStringLiteral("address"),
            text(city.street, { { QStringLiteral("{number}"), QString::number(between(2, 980)) } }) },
        { QStringLiteral("city"), text(city.name) },
        { QStringLiteral("region"), text(city.region) },
        { QStringLiteral("source"), text(pick(sources)) },
        { QStringLiteral("competitors"), competitorsText },
        { QStringLiteral("notes"), text(pick(accountNotes[source.segment]), tokens) },
    };
    if (Error error = add(entities::account(), values, &account.id)) {
        return error;
    }
    if (Error error = addContacts(account)) {
        return error;
    }
    if (Error error = addPurchases(account)) {
        return error;
    }
    if (Error error = addInteractions(account)) {
        return error;
    }
    m_accounts << account;
    return {};
}

Error DemoWriter::addContacts(AccountInfo& account)
{
    const AccountRow& source = accountRows[account.row];
    const City& city = cities[source.city];
    const CategoryProfile& profile = profileOf(source.category);
    const bool isPerson = qstrcmp(source.category, "consumer") == 0;
    const QString slug = QString::fromLatin1(m_chinese ? source.chineseSlug : source.englishSlug);
    const QString domain = slug
        + (m_chinese ? QStringLiteral(".com.cn") : QLatin1Char('.') + QString::fromLatin1(city.webSuffix));

    const int count = isPerson ? 1 : source.segment == Loyal ? between(2, 3) : between(1, 2);
    for (int index = 0; index < count; ++index) {
        Values values;
        if (isPerson) {
            // A household customer is their own contact.
            values
                = { { QStringLiteral("name"), account.name }, { QStringLiteral("mobile"), account.phone } };
        } else {
            QString name;
            QString mailbox;
            if (m_chinese) {
                const ChineseName& surname = pick(chineseSurnames);
                const ChineseName& given = pick(chineseGivenNames);
                name = QString::fromUtf8(surname.hanzi) + QString::fromUtf8(given.hanzi);
                mailbox = QString::fromLatin1(surname.pinyin) + QString::fromLatin1(given.pinyin);
            } else {
                const QString first = QString::fromLatin1(pick(englishFirstNames));
                const QString last = QString::fromLatin1(pick(englishLastNames));
                name = first + QLatin1Char(' ') + last;
                mailbox = (first + QLatin1Char('.') + last).toLower().remove(QLatin1Char('\''));
            }
            const Text& title = index == 0 ? pick(profile.decisionMakers) : pick(contactTitles);
            const QString extension = QString::number(between(201, 289));
            values = {
                { QStringLiteral("name"), name },
                { QStringLiteral("title"), text(title) },
                { QStringLiteral("phone"),
                    account.phone + (m_chinese ? QStringLiteral("转") : QStringLiteral(" ext. "))
                        + extension },
                { QStringLiteral("mobile"), mobile(city) },
                { QStringLiteral("email"), mailbox + QLatin1Char('@') + domain },
            };
            if (chance(25)) {
                values.insert(QStringLiteral("notes"), text(pick(contactNotes)));
            }
        }
        values.insert(QStringLiteral("account_id"), QString::number(account.id));
        qint64 id = 0;
        if (Error error = add(entities::contact(), values, &id)) {
            return error;
        }
        account.contactIds << id;
        account.contactNames << values.value(QStringLiteral("name"));
    }
    return {};
}

Error DemoWriter::addPurchase(AccountInfo& account, int daysAgo, bool fromCompetitor)
{
    const AccountRow& source = accountRows[account.row];
    const CategoryProfile& profile = profileOf(source.category);
    const ProductIndex productIndex = pick(profile.products);
    const Product& product = products[productIndex];
    int units = between(profile.minUnits, profile.maxUnits);
    if (product.maxUnits > 0) {
        units = std::min(units, product.maxUnits);
    }
    // Whole currency units, in minor units; distributors get their discount, a competitor's price is a guess.
    const qint64 price = m_chinese ? product.priceCny : product.priceUsd;
    const int discount = fromCompetitor ? 0 : profile.discountPercent;
    const qint64 amount = units * price * (100 - discount) / 100 * 100;
    const QString currency = m_chinese ? QStringLiteral("CNY")
        : source.city < eastCities     ? QStringLiteral("USD")
                                       : QStringLiteral("EUR");

    QString description;
    if (m_chinese) {
        description = fromCompetitor ? QStringLiteral("从%1采购同类%2 %3%4（估算）")
                                           .arg(account.competitor, productName(productIndex))
                                           .arg(units)
                                           .arg(QString::fromUtf8(product.chineseMeasure))
                                     : QStringLiteral("%1 %2%3")
                                           .arg(productName(productIndex))
                                           .arg(units)
                                           .arg(QString::fromUtf8(product.chineseMeasure));
    } else {
        description = fromCompetitor ? QStringLiteral("%1 units like our %2, bought from %3 (estimated)")
                                           .arg(units)
                                           .arg(productName(productIndex), account.competitor)
                                     : QStringLiteral("%1 × %2").arg(units).arg(productName(productIndex));
    }
    const QDate date = m_today.addDays(-daysAgo);
    if (!fromCompetitor && (!account.firstOwnPurchase.isValid() || date < account.firstOwnPurchase)) {
        account.firstOwnPurchase = date;
    }
    return add(entities::purchase(),
        {
            { QStringLiteral("account_id"), QString::number(account.id) },
            { QStringLiteral("purchased_on"), date.toString(Qt::ISODate) },
            { QStringLiteral("amount"), QString::number(amount) },
            { QStringLiteral("currency"), currency },
            { QStringLiteral("description"), description },
            { QStringLiteral("from_competitor"), fromCompetitor ? QStringLiteral("1") : QStringLiteral("0") },
        });
}

// Purchases follow the segment rules, so the segment Tandem suggests matches the one stored: loyal accounts
// buy in each of the last three years with no competitor purchase in the last one; floating ones buy from
// us and from a competitor; potential ones have not bought from us at all.
Error DemoWriter::addPurchases(AccountInfo& account)
{
    const int row = account.row;
    const Segment pattern = row == slippingAccount ? Loyal : accountRows[row].segment;
    constexpr int year = 365;
    if (pattern == Loyal) {
        for (int age = 0; age < 3; ++age) {
            const int count = between(1, 3);
            for (int i = 0; i < count; ++i) {
                if (Error error = addPurchase(account, age * year + between(5, 355), false)) {
                    return error;
                }
            }
        }
        if (chance(30)) {
            return addPurchase(account, between(760, 1050), true);
        }
    } else if (pattern == Floating) {
        const int skippedYear = between(0, 2);
        for (int age = 0; age < 3; ++age) {
            const int count = age == skippedYear ? 0 : between(1, 2);
            for (int i = 0; i < count; ++i) {
                if (Error error = addPurchase(account, age * year + between(5, 355), false)) {
                    return error;
                }
            }
        }
        if (Error error = addPurchase(account, between(10, 300), true)) {
            return error;
        }
        if (chance(40)) {
            return addPurchase(account, between(400, 1000), true);
        }
    } else if (row % 2 == 0) {
        // What a prospect buys elsewhere is what we could win.
        return addPurchase(account, between(30, 600), true);
    }
    return {};
}

Error DemoWriter::addInteraction(const AccountInfo& account, StaffIndex staff, const QDateTime& at,
    const QString& kind, const QString& summary, const QString& nextStep, const QDate& due, bool done)
{
    const int contact = m_random.bounded(static_cast<int>(account.contactIds.size()));
    Values values {
        { QStringLiteral("account_id"), QString::number(account.id) },
        { QStringLiteral("contact_id"), QString::number(account.contactIds.at(contact)) },
        { QStringLiteral("staff_id"), QString::number(m_staffIds[staff]) },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("occurred_at"), Clock::toIso(at) },
        { QStringLiteral("summary"), summary },
    };
    if (!nextStep.isEmpty()) {
        values.insert(QStringLiteral("next_step"), nextStep);
        values.insert(QStringLiteral("next_step_due"), due.toString(Qt::ISODate));
        values.insert(QStringLiteral("next_step_done"), done ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return add(entities::interaction(), values);
}

Error DemoWriter::addInteractions(AccountInfo& account)
{
    const AccountRow& source = accountRows[account.row];
    const bool handedOver = account.owner == departingRep;
    const int oldest = source.segment == Potential ? 330 : 1090;
    const int count = source.segment == Loyal ? between(8, 13)
        : source.segment == Floating          ? between(5, 8)
                                              : between(2, 4);

    // The latest contact of an account carries its current next step; the departing rep's accounts instead
    // end with what the successor did after the handover.
    const FollowUp followUp
        = handedOver ? FollowUp::Nothing : followUpCycle[m_followUps++ % std::size(followUpCycle)];
    int latest = 0;
    switch (followUp) {
    case FollowUp::Overdue:
        latest = between(8, 25);
        break;
    case FollowUp::DueToday:
        latest = between(2, 10);
        break;
    case FollowUp::Upcoming:
        latest = between(1, 15);
        break;
    case FollowUp::Done:
        latest = between(10, 40);
        break;
    case FollowUp::Nothing:
        latest = handedOver ? departedDaysAgo + 3 : between(5, 60);
        break;
    }
    QList<int> earlier;
    for (int i = 0; i < (handedOver ? count : count - 1); ++i) {
        earlier << between(latest + 2, oldest);
    }
    std::sort(earlier.begin(), earlier.end(), std::greater<int>());

    const int* weights = interactionWeights[source.segment];
    auto summaryFor = [&](int kind) {
        QList<const Text*> candidates;
        for (const SummaryRow& row : summaries) {
            if (row.kind == kind) {
                candidates << &row.text;
            }
        }
        const Tokens tokens {
            { QStringLiteral("{contact}"), account.contactNames.first() },
            { QStringLiteral("{product}"), productName(pick(profileOf(source.category).products)) },
            { QStringLiteral("{competitor}"), account.competitor },
        };
        return text(*candidates.at(m_random.bounded(static_cast<int>(candidates.size()))), tokens);
    };

    for (int daysAgo : earlier) {
        const int kind = weighted(weights, static_cast<int>(std::size(interactionKinds)));
        const QDateTime at = workingTime(daysAgo);
        QString step;
        QDate due;
        if (chance(35)) {
            step = text(pick(nextSteps));
            due = at.date().addDays(between(3, 21));
        }
        if (Error error = addInteraction(account, handedOver ? departingRep : account.owner, at,
                QString::fromLatin1(interactionKinds[kind]), summaryFor(kind), step, due, true)) {
            return error;
        }
    }
    if (handedOver) {
        AfterHandover what = AfterHandover::Visited;
        if (account.row == untouchedAccount) {
            what = AfterHandover::NotContacted;
        } else if (account.row != slippingAccount) {
            what = afterHandoverCycle[m_handedOver++ % std::size(afterHandoverCycle)];
        }
        return addAfterHandover(account, what);
    }

    const int kind = weighted(weights, static_cast<int>(std::size(interactionKinds)));
    const QDateTime at = workingTime(latest);
    QDate due;
    switch (followUp) {
    case FollowUp::Overdue:
        due = m_today.addDays(-between(1, 6));
        break;
    case FollowUp::DueToday:
        due = m_today;
        break;
    case FollowUp::Upcoming:
        due = m_today.addDays(between(3, 30));
        break;
    case FollowUp::Done:
        due = at.date().addDays(7);
        break;
    case FollowUp::Nothing:
        break;
    }
    const QString step = due.isValid() ? text(pick(nextSteps)) : QString();
    return addInteraction(account, account.owner, at, QString::fromLatin1(interactionKinds[kind]),
        summaryFor(kind), step, due, followUp == FollowUp::Done);
}

Error DemoWriter::addAfterHandover(AccountInfo& account, AfterHandover what)
{
    if (what == AfterHandover::NotContacted) {
        return {};
    }
    const Tokens tokens {
        { QStringLiteral("{contact}"), account.contactNames.first() },
        { QStringLiteral("{departed}"), staffName(departingRep) },
        { QStringLiteral("{competitor}"), account.competitor },
    };
    QDate due = m_leftOn.addDays(21);
    if (what == AfterHandover::VisitOverdue) {
        due = m_leftOn.addDays(24);
    } else if (what == AfterHandover::VisitUpcoming) {
        due = m_today.addDays(6);
    } else if (what == AfterHandover::VisitToday) {
        due = m_today;
    }
    const bool visited = what == AfterHandover::Visited;
    if (Error error = addInteraction(account, successorRep, workingTime(departedDaysAgo - between(2, 4)),
            QStringLiteral("call"), text(introductionCall, tokens), text(firstVisitStep), due, visited)) {
        return error;
    }
    if (!visited) {
        return {};
    }
    if (Error error = addInteraction(account, successorRep, workingTime(departedDaysAgo - between(10, 14)),
            QStringLiteral("visit"), text(firstVisit, tokens))) {
        return error;
    }
    if (account.row != slippingAccount) {
        return {};
    }
    // The account that slipped: a competitor order during the handover, then a call about it.
    if (Error error = addPurchase(account, departedDaysAgo - 15, true)) {
        return error;
    }
    return addInteraction(account, successorRep, workingTime(departedDaysAgo - 17), QStringLiteral("call"),
        text(competitorCall, tokens), text(counterOffer), m_today.addDays(4), false);
}

// A sample of accounts shows how they moved between segments.
Error DemoWriter::addSegmentHistory()
{
    for (const AccountInfo& account : std::as_const(m_accounts)) {
        const Segment segment = accountRows[account.row].segment;
        const bool loyalSample = segment == Loyal && account.row % 10 == 5;
        const bool floatingSample = segment == Floating && account.row % 10 == 4;
        const bool slipped = account.row == slippingAccount;
        if (!loyalSample && !floatingSample && !slipped) {
            continue;
        }
        const QDate firstOrder = account.firstOwnPurchase;
        if (Error error = addSegmentChange(account, Potential, Floating, firstOrder)) {
            return error;
        }
        if (floatingSample) {
            continue;
        }
        if (Error error = addSegmentChange(
                account, Floating, Loyal, std::min(firstOrder.addDays(420), m_today.addDays(-300)))) {
            return error;
        }
        if (slipped) {
            if (Error error = addSegmentChange(account, Loyal, Floating, m_leftOn.addDays(16))) {
                return error;
            }
        }
    }
    return reportProgress(62);
}

Error DemoWriter::addSegmentChange(const AccountInfo& account, Segment from, Segment to, const QDate& on)
{
    QString reason;
    for (const SegmentChangeReason& row : segmentReasons) {
        if (row.from == from && row.to == to) {
            reason = text(row.reason, { { QStringLiteral("{competitor}"), account.competitor } });
        }
    }
    // Whoever owned the account at the time made the change.
    const StaffIndex by = account.owner == departingRep && on >= m_leftOn ? successorRep : account.owner;
    return execute(
        QStringLiteral(
            "INSERT INTO segment_changes (account_id, from_segment, to_segment, changed_at, reason, "
            "changed_by) VALUES (?, ?, ?, ?, ?, ?)"),
        { account.id, segmentName(from), segmentName(to), Clock::toIso(QDateTime(on, QTime(10, 0), Qt::UTC)),
            reason, m_staffIds[by] });
}

// ---------------------------------------------------------------------------------------------- requests

Error DemoWriter::addRequests()
{
    int total = 0;
    for (const LinkRow& row : linkRows) {
        total += row.requests;
    }
    constexpr int fromCustomers = 24;
    constexpr int offThePairs = 14;
    total += fromCustomers + offThePairs;
    int written = 0;
    auto progress = [&]() {
        return reportProgress(62 + 35 * ++written / total);
    };

    // Along the pairs: one side asks, the other supplies what the pair says it supplies.
    for (int index = 0; index < static_cast<int>(std::size(linkRows)); ++index) {
        const LinkRow& row = linkRows[index];
        for (int i = 0; i < row.requests; ++i) {
            bool aProvides = chance(50);
            if (!row.aToB.en) {
                aProvides = false;
            } else if (!row.bToA.en) {
                aProvides = true;
            }
            const PartyRef provider = aProvides ? row.a : row.b;
            const PartyRef requester = aProvides ? row.b : row.a;
            int group = serviceGroupOf(departmentOf(provider));
            const bool reportsUpward = qstrcmp(row.kind, "rank") == 0 && !aProvides && !provider.isDepartment
                && staffRows[provider.index].department == Management;
            if (reportsUpward) {
                group = Reporting;
            }
            const QString accountName
                = m_accounts.at(m_random.bounded(static_cast<int>(m_accounts.size()))).name;
            if (Error error = addRequest(partyId(requester), provider, partyId(provider), m_linkIds.at(index),
                    group, row.health, accountName, false)) {
                return error;
            }
            if (Error error = progress()) {
                return error;
            }
        }
    }
    // Customers asking the regional sales team or customer service.
    for (int i = 0; i < fromCustomers; ++i) {
        const AccountInfo& account = m_accounts.at(m_random.bounded(static_cast<int>(m_accounts.size())));
        const bool toService = accountRows[account.row].segment != Potential && chance(50);
        const DepartmentIndex regional = account.row < eastAccounts ? SalesEast : SalesSouth;
        const PartyRef provider = department(toService ? CustomerService : regional);
        if (Error error = addRequest(account.id, provider, partyId(provider), 0,
                toService ? CustomerService : Sales, Healthy, account.name, true)) {
            return error;
        }
        if (Error error = progress()) {
            return error;
        }
    }
    // Department heads asking HR, finance and marketing outside any recorded pair.
    static const DepartmentIndex services[] = { HumanResources, Finance, Marketing };
    static const StaffIndex heads[]
        = { HeadPurchasing, HeadQuality, HeadLogistics, HeadSales, HeadService, HeadMarketing, HeadFinance };
    for (int i = 0; i < offThePairs; ++i) {
        const StaffIndex head = pick(heads);
        DepartmentIndex service = pick(services);
        if (service == staffRows[head].department) {
            service = HumanResources;
        }
        const PartyRef requester = person(head);
        const PartyRef provider = department(service);
        const QString accountName = m_accounts.at(m_random.bounded(static_cast<int>(m_accounts.size()))).name;
        if (Error error = addRequest(
                partyId(requester), provider, partyId(provider), 0, service, Healthy, accountName, false)) {
            return error;
        }
        if (Error error = progress()) {
            return error;
        }
    }
    return {};
}

Error DemoWriter::addRequest(qint64 requester, PartyRef providerParty, qint64 provider, qint64 linkId,
    int group, Health health, const QString& accountName, bool fromCustomer)
{
    QList<const RequestTemplate*> candidates;
    for (const RequestTemplate& candidate : requestTemplates) {
        const bool audienceFits = fromCustomer ? candidate.audience != Audience::Colleagues
                                               : candidate.audience != Audience::Customers;
        if (candidate.group == group && audienceFits) {
            candidates << &candidate;
        }
    }
    const RequestTemplate& chosen = *candidates.at(m_random.bounded(static_cast<int>(candidates.size())));

    // A third of the year's requests are from the last month, as in a busy, living company.
    const int daysAgo = chance(35) ? between(1, 30) : between(31, 360);
    const QDateTime created = workingTime(daysAgo);
    static const int priorityWeights[] = { 15, 50, 25, 10 };
    const int priority = weighted(priorityWeights, 4);
    static const int shortestDays[] = { 10, 5, 3, 1 };
    static const int longestDays[] = { 30, 14, 7, 2 };
    QDateTime due = created.addDays(between(shortestDays[priority], longestDays[priority]));

    int yearOfWeek = 0;
    const int week = created.date().weekNumber(&yearOfWeek);
    const Tokens tokens {
        { QStringLiteral("{batch}"),
            QStringLiteral("%1-%2").arg(yearOfWeek).arg(week, 2, 10, QLatin1Char('0')) },
        { QStringLiteral("{order}"),
            QStringLiteral("SO-%1%2")
                .arg(created.date().year() % 100, 2, 10, QLatin1Char('0'))
                .arg(between(100, 999)) },
        { QStringLiteral("{qty}"), QString::number(10 * between(2, 40)) },
        { QStringLiteral("{units}"), QString::number(between(2, 12)) },
        { QStringLiteral("{account}"), accountName },
    };

    // Old requests are mostly closed; recent ones are spread over every status.
    static const char* const statuses[]
        = { "open", "in_progress", "waiting", "done", "rejected", "cancelled" };
    static const int oldWeights[] = { 2, 2, 1, 84, 6, 5 };
    static const int recentWeights[] = { 22, 28, 12, 28, 5, 5 };
    const QString status
        = QString::fromLatin1(statuses[weighted(daysAgo > 45 ? oldWeights : recentWeights, 6)]);
    const bool isDone = status == QLatin1String("done");
    const bool closed = isDone || status == QLatin1String("rejected") || status == QLatin1String("cancelled");
    // Most open work is still within its time; some of it is late, which is what a manager looks for.
    if (!closed && due < m_now && chance(health == Healthy ? 75 : health == Strained ? 55 : 30)) {
        due = m_now.addDays(between(1, 21));
    }

    const QDateTime latestPossible = m_now.addSecs(-600);
    auto clamp = [&](const QDateTime& time) {
        return std::max(created.addSecs(600), std::min(time, latestPossible));
    };
    const int latePercent = health == Healthy ? 10 : health == Strained ? 30 : 55;
    QDateTime closedAt;
    if (isDone) {
        const qint64 window = created.secsTo(due);
        closedAt = chance(latePercent) ? due.addDays(between(1, 8)).addSecs(between(0, 6) * 3600)
                                       : created.addSecs(window * between(30, 95) / 100);
        closedAt = clamp(closedAt);
    } else if (closed) {
        closedAt = clamp(created.addSecs(between(2, 72) * 3600));
    }
    const bool late = isDone ? closedAt > due : !closed && due < m_now;

    Values values {
        { QStringLiteral("requester"), QString::number(requester) },
        { QStringLiteral("provider"), QString::number(provider) },
        { QStringLiteral("title"), text(chosen.title, tokens) },
        { QStringLiteral("description"), text(chosen.description, tokens) },
        { QStringLiteral("acceptance"), text(chosen.acceptance, tokens) },
        { QStringLiteral("priority"), QString::fromLatin1(priorities[priority]) },
        { QStringLiteral("status"), status },
        { QStringLiteral("created_at"), Clock::toIso(created) },
        { QStringLiteral("due_at"), Clock::toIso(due) },
    };
    if (linkId > 0) {
        values.insert(QStringLiteral("link_id"), QString::number(linkId));
    }
    if (closed) {
        values.insert(QStringLiteral("closed_at"), Clock::toIso(closedAt));
    }
    QString delayReason;
    if (late && chance(isDone ? 50 : 65)) {
        const Delay& delay = pick(delays);
        delayReason = text(delay.reason);
        // Whoever leads the providing side owns the fix.
        const StaffIndex owner = providerParty.isDepartment ? headOf(providerParty.index)
            : staffRows[providerParty.index].rank == 3
            ? static_cast<StaffIndex>(staffRows[providerParty.index].manager)
            : static_cast<StaffIndex>(providerParty.index);
        values.insert(QStringLiteral("delay_reason"), delayReason);
        values.insert(QStringLiteral("corrective_action"), text(delay.correctiveAction));
        values.insert(QStringLiteral("corrective_owner"), QString::number(m_staffIds[owner]));
    }
    int rating = 0;
    if (isDone && chance(85)) {
        rating = health == Healthy ? between(4, 5) : health == Strained ? between(3, 5) : between(2, 4);
        rating = std::max(1, late ? rating - between(1, 2) : rating);
        values.insert(QStringLiteral("requester_rating"), QString::number(rating));
        values.insert(QStringLiteral("requester_feedback"), text(requesterFeedback[rating - 1]));
        if (chance(40)) {
            const int providerRating = health == Broken ? between(2, 4) : between(3, 5);
            values.insert(QStringLiteral("provider_rating"), QString::number(providerRating));
            values.insert(QStringLiteral("provider_feedback"), text(providerFeedback[providerRating - 1]));
        }
    }
    qint64 id = 0;
    if (Error error = add(entities::request(), values, &id)) {
        return error;
    }

    // The request's history: created, picked up, and how it ended.
    const QString eventInsert = QStringLiteral("INSERT INTO request_events (request_id, at, actor, kind, "
                                               "from_value, to_value, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto event = [&](const QDateTime& at, qint64 actor, const QString& kind, const QVariant& from,
                     const QVariant& to, const QVariant& note) {
        return execute(eventInsert, { id, Clock::toIso(at), actor, kind, from, to, note });
    };
    const QString statusKind = QStringLiteral("status");
    const QString open = QStringLiteral("open");
    const QString inProgress = QStringLiteral("in_progress");
    const QVariant noText { QMetaType(QMetaType::QString) };
    // Adding the request wrote its "created" line as of now, by nobody: date and credit it as it happened.
    if (Error error
        = execute(QStringLiteral("UPDATE request_events SET at = ?, actor = ? WHERE request_id = ? "
                                 "AND kind = 'created'"),
            { Clock::toIso(created), requester, id })) {
        return error;
    }
    const QDateTime endOfWork = closed ? closedAt : latestPossible;
    const QDateTime started = std::min(created.addSecs(between(1, 20) * 3600), endOfWork.addSecs(-60));
    const bool wasStarted = status == inProgress || status == QLatin1String("waiting") || isDone;
    if (wasStarted) {
        if (Error error = event(started, provider, statusKind, open, inProgress, noText)) {
            return error;
        }
    }
    if (status == QLatin1String("waiting")) {
        const QDateTime waitingSince = std::min(started.addSecs(between(2, 48) * 3600), latestPossible);
        if (Error error = event(waitingSince, provider, statusKind, inProgress, status, text(waitingNote))) {
            return error;
        }
    }
    if (!delayReason.isEmpty()) {
        const QDateTime noticed = due.addSecs(std::min<qint64>(86400, due.secsTo(endOfWork) / 2));
        // As RequestWorkflow writes it: the fix's owner, the corrective action, the reason.
        if (Error error = event(noticed, provider, QStringLiteral("delay"),
                values.value(QStringLiteral("corrective_owner")),
                values.value(QStringLiteral("corrective_action")), delayReason)) {
            return error;
        }
    }
    if (closed) {
        const bool cancelled = status == QLatin1String("cancelled");
        const QVariant note = isDone ? noText : QVariant(text(cancelled ? cancelledNote : rejectedNote));
        if (Error error = event(closedAt, cancelled ? requester : provider, statusKind,
                isDone ? inProgress : open, status, note)) {
            return error;
        }
    }
    if (rating > 0) {
        if (Error error = event(closedAt, requester, QStringLiteral("rating"), QStringLiteral("requester"),
                QString::number(rating), text(requesterFeedback[rating - 1]))) {
            return error;
        }
    }
    if (values.contains(QStringLiteral("provider_rating"))) {
        if (Error error = event(closedAt, provider, QStringLiteral("rating"), QStringLiteral("provider"),
                values.value(QStringLiteral("provider_rating")),
                values.value(QStringLiteral("provider_feedback")))) {
            return error;
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------- handover

// The departing rep leaves after everything they did is recorded: marked departed, accounts moved to the
// successor with a briefing each, and the accounts watched for ninety days.
Error DemoWriter::addHandover()
{
    const qint64 departed = m_staffIds[departingRep];
    const qint64 successor = m_staffIds[successorRep];
    if (Error error = execute(QStringLiteral("UPDATE staff SET status = ?, left_on = ? WHERE party_id = ?"),
            { QStringLiteral("departed"), m_leftOn.toString(Qt::ISODate), departed })) {
        return error;
    }
    if (Error error = execute(QStringLiteral("UPDATE parties SET updated_at = ? WHERE id = ?"),
            { Clock::toIso(m_now), departed })) {
        return error;
    }

    QString watchedName;
    QString watchedCompetitor;
    for (const AccountInfo& account : std::as_const(m_accounts)) {
        if (account.row == slippingAccount) {
            watchedName = account.name;
            watchedCompetitor = account.competitor;
        }
    }
    const Tokens noteTokens {
        { QStringLiteral("{successor}"), staffName(successorRep) },
        { QStringLiteral("{departed}"), staffName(departingRep) },
        { QStringLiteral("{account}"), watchedName },
        { QStringLiteral("{competitor}"), watchedCompetitor },
    };
    const QDateTime at(m_leftOn, QTime(m_chinese ? 8 : 15, 30), Qt::UTC);
    qint64 handoverId = 0;
    if (Error error = execute(
            QStringLiteral("INSERT INTO handovers (from_staff, successor, at, reason, notes, watch_until) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { departed, successor, Clock::toIso(at), text(handoverReason), text(handoverNotes, noteTokens),
                Clock::toIso(at.addDays(90)) },
            &handoverId)) {
        return error;
    }

    for (const AccountInfo& account : std::as_const(m_accounts)) {
        if (account.owner != departingRep) {
            continue;
        }
        const AccountRow& source = accountRows[account.row];
        const Segment segmentAtHandover = account.row == slippingAccount ? Loyal : source.segment;
        const Tokens tokens {
            { QStringLiteral("{contact}"), account.contactNames.first() },
            { QStringLiteral("{product}"), productName(profileOf(source.category).products[0]) },
            { QStringLiteral("{competitor}"), account.competitor },
        };
        if (Error error = execute(QStringLiteral("UPDATE accounts SET owner_id = ? WHERE party_id = ?"),
                { successor, account.id })) {
            return error;
        }
        if (Error error
            = execute(QStringLiteral(
                          "INSERT INTO handover_items (handover_id, item_kind, item_id, to_staff, briefing, "
                          "previous_value) VALUES (?, ?, ?, ?, ?, ?)"),
                { handoverId, QStringLiteral("account"), account.id, successor,
                    text(handoverBriefings[segmentAtHandover], tokens), QString::number(departed) })) {
            return error;
        }
    }
    return reportProgress(98);
}

} // namespace

Error DemoOrganisation::fill(Database& database, Language language, const std::function<bool(int)>& progress)
{
    DemoWriter writer(database, language, progress);
    return writer.write();
}

} // namespace tandem
