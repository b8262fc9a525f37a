// Our trigger dictionary, written for Dateline: one line per lexical pattern that makes a PLOVER event.
//
// Line format: `POS LEMMAS [OPTIONS] : TYPE MODE CAMEO [FLAGS]`
//   POS      v (verb; inflected forms are generated), n (noun; needs "of"/"by"/possessive/support verb), a (adjective after "be")
//   LEMMAS   comma-separated lemmas of the trigger word
//   OPTIONS  ~prt       particle that must follow (phrasal verb: "call in", "cut off", "take into")
//            +w1,w2     one of these lemmas must be the object or complement ("+*": any direct object)
//            &w1,w2     one of these words must modify that object or sit beside it ("joint exercise")
//            !w1,w2     none of these may be the object ("release a statement" is no event)
//            >          embedding verb: an infinitival complement that is itself a trigger gives the content
//            >!         as >, and no event without such a complement ("ready to", "plan to")
//   TYPE     a PLOVER type, or NONE for a blocker that stops other readings of the same word
//   MODE     the PLOVER mode, or - for none
//   CAMEO    the CAMEO code we record (names in src/events/data/cameo-table.ts)
//   FLAGS    r:p1,p2   prepositions whose object is the recipient ("with", "against")
//            a:p1      prepositions whose object is the actor (besides the passive "by")
//            swap      the subject is the recipient and the object the actor ("X hosted Y": Y is the visitor)
//            theme     the direct object is what is acted on, not the recipient ("extradited the suspect to X")
//            recip     a "with X" party joins the actors (two-sided fighting, per the PLOVER manual)
//            trans     needs a direct object or a passive ("returned X", "X was returned"), not "X returned"
//            mil       CAMEO 19x rather than 18x when the actor is a state or military
// Tie-breaks from the PLOVER manual are encoded here: pardons and acquittals CONCEDE, an actual release RETREAT,
// summoning an ambassador to complain ACCUSE, joint exercises COOPERATE but single-country exercises MOBILIZE,
// debt forgiveness and hostage rescue AID, disaster mobilisation AID, court-ordered payment SANCTION.

/** The dictionary lines (see the format above); more specific lines (with objects or particles) win over plain ones. */
export const TRIGGER_LINES: readonly string[] = [
  // --- blockers: readings that look like triggers but code nothing
  'v release,issue,publish,announce,post +statement,report,video,figure,data,list,result,detail,information,document,footage,photo,image,record,album,song,film,book,plan,budget,guideline,name,version,update,earnings,earning,estimate,forecast,statistic,number,profit,guidance,product,game,single,trailer,study,survey,poll : NONE - -',
  'v decline,refuse +comment,say,discuss,elaborate,answer,speak,confirm : NONE - -',
  'v deny +accusation,allegation,charge,claim,report,wrongdoing,involvement,responsibility,rumor,rumour : NONE - -',
  'v demonstrate +* : NONE - -',
  'v charge +fee,price,rate,interest,battery,phone : NONE - -',
  'v attack +problem,issue,idea,plan,policy,proposal,record,cost,comment,remark,decision,handling,claim,stance,approach,budget,bill,strategy,reform,system,record,leadership,performance,word,pledge,lie,speech,argument,view,promise,manifesto,position,rhetoric,statement,agenda,approach,tactic,critic,detractor,opponent,rival : ACCUSE disapprove 111',
  'v launch,mount,make,step_up +attack,broadside,tirade,assault&policy,policies,plan,plans,cost,record,proposal,decision,comment,remark,handling,system,bill,budget,strategy,reform,leadership,stance,claim,claims : ACCUSE disapprove 111',
  'v meet +end,cost,need,target,requirement,deadline,expectation,criterion,standard,goal,obligation,quota,payment,forecast,estimate,rule,specification,condition,test : NONE - -',
  'v host +event,games,olympics,tournament,championship,festival,show,concert,exhibition,race,match,competition,ceremony,party,conference,congress,convention,programme,program : NONE - -',
  'v meet,satisfy +demand&domestic,consumer,world,global,growing,rising,market,energy,oil,local,export,strong,customer : NONE - -',
  'v offer,express,send,extend,convey,pass +congratulation,condolence,sympathy,thanks,best,wish,greeting : NONE - -',
  'v strike +deal,agreement,balance,chord,note,tone,bargain : NONE - -',
  'v fire +employee,worker,staff,coach,manager,director,official : NONE - -',
  'v execute +license,licence,agreement,contract,deal,order,plan,strategy,trade,transaction,document,swap,sale,purchase,option,lease,program,programme,merger,transfer,instruction,task,move,turn : NONE - -',
  // Market senses: securities and goods offered for sale, titles defended in sport.
  'v offer,sell,issue,float,place +share,stock,unit,bond,note,debenture,security,tranche,obligation,certificate,equity,preferred,product,service,system,discount,dividend,rate,yield,coupon,price : NONE - -',
  'v defend,retain,win,lose,claim +title,crown,championship,trophy,cup,medal : NONE - -',

  // --- AGREE (CAMEO 03)
  'v agree,pledge,promise,offer,undertake,commit > : AGREE - 030 r:with,to,for',
  'v vow,swear >! : AGREE - 030 r:with,to,for',
  'v agree ~to +ceasefire,truce,cease-fire,cease : AGREE - 0356 r:with',
  'v reach +agreement,deal,accord,consensus,compromise,settlement,understanding : AGREE - 030 r:with',
  'a willing,ready,prepared >! : AGREE - 030',
  'v plan,intend,decide,prepare,aim,seek >! : AGREE - 030',
  'v invite : AGREE - 036',
  'v accept +invitation,offer,proposal,plan,mediation,ceasefire,truce,cease-fire : AGREE - 030 r:from,of',

  // --- CONSULT (04)
  'v meet,confer,consult : CONSULT - 040 r:with',
  'v negotiate : CONSULT - 046 r:with',
  'v talk,speak,confer ~with : CONSULT - 040 r:with',
  'v talk,speak ~by +phone,telephone : CONSULT phone 041 r:with,to',
  'v telephone,phone : CONSULT phone 041 r:with',
  'v discuss ~with : CONSULT - 040 r:with',
  'v make,hold,have +call&phone,telephone : CONSULT phone 041 r:with,to',
  'v hold,have,begin,open,resume,start,conduct,renew +talks,meeting,consultation,negotiation,summit,discussion,dialogue : CONSULT - 040 r:with',
  'v visit,tour : CONSULT visit 042',
  'v receive,greet +delegation,visitor,envoy,minister,president,leader,counterpart,premier,chancellor,secretary : CONSULT visit 043',
  'v pay +visit : CONSULT visit 042 r:to',
  'v host : CONSULT visit 043',
  'v mediate,broker : CONSULT - 045 r:between',
  'v undertake,launch,offer +mediation : CONSULT - 045 r:between',

  // --- SUPPORT (05)
  'v praise,commend,hail,laud,applaud,endorse,salute,thank,congratulate : SUPPORT - 051',
  'v welcome : SUPPORT - 051',
  'v give,extend +welcome : CONSULT visit 043 r:to',
  'v arrive,travel,fly,come +visit,trip,tour : CONSULT visit 042 r:to,in',
  'v support,back,champion : SUPPORT - 051',
  'v defend : SUPPORT - 052',
  'v express,voice,pledge,reaffirm,reiterate,declare,offer +support,solidarity,backing : SUPPORT - 051 r:for,to,with',
  'v rally,mobilize,mobilise +support,backing : SUPPORT - 053',
  'v recognize,recognise +independence,government,state,sovereignty,statehood : SUPPORT - 054',
  'v establish,restore,upgrade,normalize,normalise,resume +ties,relations : SUPPORT - 054 r:with',
  'v apologize,apologise : SUPPORT - 055 r:to',
  'v forgive : SUPPORT - 056',
  'v sign,ink,conclude,ratify +agreement,accord,treaty,deal,pact,memorandum,protocol,convention,charter : SUPPORT - 057 r:with',

  // --- COOPERATE (06)
  'v cooperate,collaborate,partner : COOPERATE - 060 r:with recip',
  'v share,exchange +intelligence,information,evidence,data,expertise,document,record,finding,technology : COOPERATE - 064 r:with',
  'v provide,give,hand,pass,supply,send,turn ~over +evidence,information,intelligence,document,record,file,data : COOPERATE - 064 r:to,with',
  'v provide,give,hand,pass,supply,send +evidence,information,intelligence,document,record,file,data : COOPERATE - 064 r:to,with',
  'v extradite : COOPERATE - 063 r:to',
  'v hold,conduct,stage,launch,begin,carry ~out +exercise,drill,maneuver,manoeuvre,war-game,game&joint,together,combined,bilateral,trilateral : COOPERATE - 062 r:with recip',
  'v hold,conduct,stage,launch,begin +exercise,drill,maneuver,manoeuvre,war-game,game,patrol&joint,together,combined,bilateral,trilateral : COOPERATE - 062 r:with recip',

  // --- AID (07)
  'v provide,give,send,deliver,donate,supply,grant,ship,pledge,airlift,allocate,hand,contribute +aid,assistance,relief,food,medicine,supply,shelter,vaccine,tent,blanket : AID - 073 r:to',
  'v provide,give,send,deliver,supply,sell,ship +arm,weapon,equipment,ammunition,missile,tank,jet,aircraft,helicopter : AID - 072 r:to',
  'v provide,give,send,lend,grant,transfer,extend,disburse,approve +loan,grant,fund,money,dollar,credit,euro,financing : AID - 071 r:to',
  'v send,deploy,dispatch,contribute +peacekeeper,peacekeeping,peace-keeping,peace-keeper,troop : AID - 074 r:to',
  'v dispatch,send,deploy +inspector,investigator,monitor,team&investigate,inspection,monitor,inspector,investigator : ACCUSE investigate 090 r:to',
  'v grant,give,offer +asylum,refuge,sanctuary : AID - 075 r:to',
  'v forgive,cancel,write_off +debt,loan : AID - 071',
  'v donate : AID - 070 r:to',
  'v aid,assist : AID - 070',
  'v rescue,evacuate : AID - 073',
  'v mobilize,mobilise,deploy,send +*&disaster,relief,flood,earthquake,rescue,humanitarian : AID - 073 r:to',

  // --- CONCEDE (080-083)
  'v drop,dismiss,withdraw,abandon,quash,vacate +charge,case,lawsuit,indictment,accusation,suit,complaint,prosecution,count : CONCEDE - 081 r:against',
  'n dismissal,withdrawal +charge,case,lawsuit,indictment,suit,complaint : CONCEDE - 081 r:against',
  'v pardon,acquit,exonerate,amnesty : CONCEDE - 081',
  'v clear +charge,wrongdoing,allegation,murder,corruption,fraud,crime,treason,spying,espionage : CONCEDE - 081',
  'n pardon,acquittal,amnesty : CONCEDE - 081 r:for,to',
  'v lift,ease,relax,end,cancel,revoke,repeal,shorten,scrap +ban,restriction,curfew,emergency,rule,law,measure,control,limit,censorship : CONCEDE - 081 r:in,on',
  'v concede,accede,relent,capitulate,back_down,yield_to,give_in : CONCEDE - 080 r:to,from',
  'v call_off,end,suspend,cancel +strike,protest,boycott,demonstration,rally,march : CONCEDE - 082',
  'v accept,meet +demand,condition,term,request : CONCEDE - 083 r:from,of',

  // --- RETREAT (084-087)
  'v release,free,repatriate : RETREAT release 0841',
  'v set ~free : RETREAT release 0841',
  'v return,send,hand ~back : RETREAT release 0841 trans',
  'v return,send,hand ~over : RETREAT release 0841 r:to trans',
  'v return,send,hand,deport ~home : RETREAT release 0841 trans',
  'v return : RETREAT release 0841 trans',
  'v withdraw,pull,pull_out,pull_back +peacekeeper,peacekeeping,inspector,observer,monitor,worker,mission : SANCTION expel 1661 r:from',
  'v pull_out,pull_back : RETREAT withdraw 087 r:from',
  'n withdrawal,pullout : RETREAT withdraw 087 r:from',
  'v withdraw,pull,evacuate +troop,force,soldier,army,personnel,unit,settlement : RETREAT withdraw 087 r:from',
    'v disarm,demobilize,demobilise : RETREAT disarm 0873',
  'v lay ~down +arm,weapon : RETREAT disarm 0873',
  'v surrender : RETREAT disarm 0874',
  'v declare,announce,observe,implement +ceasefire,truce,cease-fire,cease : RETREAT ceasefire 0871',
  'v allow,admit,receive,accept,let +inspector,observer,peacekeeper,monitor,investigator,access : RETREAT access 086 r:from',
  'v pay +compensation,reparation,damages : RETREAT - 0842 r:to',
  'v lift,ease,suspend,end,relax +sanction,embargo,boycott,tariff : RETREAT - 085',
  'v lift,end,ease +blockade,siege : RETREAT withdraw 0872',
  'v resign,quit,step_down : RETREAT resign 0831',

  // --- ACCUSE (09, 11)
  'v accuse,blame,allege,fault : ACCUSE allege 112 r:for',
  'v criticize,criticise,condemn,denounce,deplore,slam,decry,censure,rebuke,chide,castigate,lambaste,reproach,disparage,scold,assail,blast : ACCUSE disapprove 111',
  'v complain,object : ACCUSE allege 114 r:to,about',
  'v lash_out : ACCUSE disapprove 111 r:at,against',
  'v lodge,file,register,make +protest,complaint : ACCUSE allege 114 r:with,to,against',
  'v summon,call ~in +ambassador,envoy,diplomat,charge,representative,consul : ACCUSE disapprove 114',
  'v summon +ambassador,envoy,diplomat,charge,representative,consul : ACCUSE disapprove 114',
  'v express,voice +displeasure,outrage,anger,dismay,indignation,disapproval,protest,concern,opposition,discontent : ACCUSE disapprove 111 r:to,over',
  'v investigate,probe : ACCUSE investigate 090 r:by,against',
  'v open,launch,begin,start,order,announce,conduct,complete +investigation,probe,inquiry,inquest,hearing : ACCUSE investigate 090 r:into,against,of,by',
  'v put,place +investigation : ACCUSE investigate 090',
  'v sue : ACCUSE allege 115',
  'v file,bring +lawsuit,suit,case,complaint : ACCUSE allege 115 r:against',
  'v warn >! : THREATEN - 130',
  'v warn ~of +retaliation,consequence,reprisal,response,war,attack,sanction,action,strike,measure,force : THREATEN - 130 r:against',

  // --- REQUEST (CAMEO 02 appeals and 10 demands; PLOVER merges them)
  'v demand > : REQUEST - 100 r:from,by,of,with,to',
  'v insist >! : REQUEST - 100 r:from,by,of,with,to',
  'v reiterate,repeat,renew,restate,voice,issue +demand,appeal > : REQUEST - 100 r:from,by,of,with,to,on',
  'v urge,appeal,press,pressure,implore,exhort,request,petition > : REQUEST - 020 r:to',
  'v ask >! : REQUEST - 020',
  'v ask ~for : REQUEST - 020',
  'v call ~for : REQUEST - 020 r:on,against,from,of',
  'v call ~on > : REQUEST - 020',
  'v seek +* : REQUEST - 020 r:from,in',

  // --- REJECT (12)
  'v reject,refuse,rebuff,spurn,repudiate,renounce > : REJECT - 120 r:from,by,of',
  'v decline >! : REJECT - 120 r:from,by,of',
  'v veto : REJECT - 129',
  'a opposed : REJECT - 120 r:to',
  'v oppose : REJECT - 120',
  'v dismiss +appeal,call,demand,proposal,offer,plan,request,bid : REJECT - 120 r:from,by,of',
  'v violate,breach +law,ban,order,ruling,resolution,rule,decree,sanction,norm : REJECT yield 128',
  'v defy,flout : REJECT yield 128',
  'v deny,refuse +entry,visa,permission,access,request,allocation,permit,application,admission,admittance : REJECT - 120 r:to',
  'v accept,admit,take,receive,shelter,welcome +refugee,asylum-seeker,migrant,exile : AID - 075',
  'v renege,backtrack : REJECT - 120 r:on,to',
  'v rule_out : REJECT - 120',

  // --- THREATEN (13)
  'v threaten > : THREATEN - 130',
  'v issue,give,deliver,set +ultimatum,deadline : THREATEN - 139 r:to',
  'v make,issue +threat : THREATEN - 130 r:against,to',

  // --- PROTEST (14)
  'v protest,demonstrate,rally,march,picket : PROTEST demo 141 r:against',
    'v stage,hold,organize,organise,launch,begin,join,lead,call,start +protest,demonstration,rally,march,sit-in,vigil : PROTEST demo 141 r:against',
  'v stage,hold,organize,organise,launch,begin,join,call,start,continue,go_on +strike&hunger : PROTEST hunger 142',
  'v stage,hold,organize,organise,launch,begin,join,call,continue,go_on +strike,walkout,stoppage,boycott : PROTEST strike 143 r:against',
  'v stop,shun,halt,quit,down,leave +work,tool : PROTEST strike 143',
  'n protest,demonstration,rally,riot,strike,march : PROTEST demo 141 r:against',
  'v erupt,spread,break_out +protest,demonstration,riot,unrest,clash : PROTEST demo 141',
  'v riot,loot,vandalize,vandalise,ransack : PROTEST riot 145',
  'v throw,hurl,pelt +stone,rock,molotov,petrol,bottle,firebomb,brick : PROTEST riot 145',
  'v block,barricade,blockade,occupy +road,street,highway,roadway,transport,entrance,traffic,bridge,railway,border-crossing,square,port : PROTEST obstruct 144',
  'v boycott : PROTEST boycott 143',

  // --- MOBILIZE (15)
  'v mobilize,mobilise,deploy,mass,amass,move,send,station,dispatch,reinforce,beef ~up +troop,force,soldier,army,tank,warship,reservist,reserve,unit,military,jet,navy : MOBILIZE troops 154',
  'v mobilize,mobilise,deploy,mass,amass,move,send,station,dispatch,reinforce,strengthen,bolster,boost +troop,force,soldier,army,tank,warship,reservist,reserve,unit,military,jet,navy : MOBILIZE troops 154',
  'v mobilize,mobilise,deploy,dispatch,send +police,officer,guard : MOBILIZE police 153',
  'v put,place,raise,heighten +alert : MOBILIZE troops 152',
  'v hold,conduct,stage,launch,begin,carry ~out +exercise,drill,maneuver,manoeuvre,war-game : MOBILIZE troops 150',
  'v hold,conduct,stage,launch,begin +exercise,drill,maneuver,manoeuvre,war-game : MOBILIZE troops 150',
  'v test,test-fire +missile,rocket,weapon,bomb,warhead : MOBILIZE weapons 150',
  'v demonstrate,show +power,force,strength,might : MOBILIZE - 150',
  'v remain,stay,be,go,put,place +alert : MOBILIZE troops 152',
  'v order,step_up,increase,intensify +patrol : MOBILIZE police 153',

  // --- SANCTION (16)
  'v impose,slap,announce,approve,adopt,tighten,extend,expand,levy +sanction,embargo,tariff,penalty,curb : SANCTION - 163 r:on,against',
  'v sever,cut,break,downgrade,suspend,freeze,end,reduce ~off +tie,relation,contact,cooperation,link : SANCTION withdraw 161 r:with',
  'v sever,cut,break,downgrade,suspend,freeze,end,reduce +tie,relation,contact,cooperation,link : SANCTION withdraw 161 r:with',
  'n suspension,severing,severance,breaking,downgrading +tie,relation,contact,link : SANCTION withdraw 161 r:with',
  'v force_out,drive_out,kick_out : COERCE deport 174 r:of,from',
  'v recall,withdraw +ambassador,envoy,diplomat : SANCTION withdraw 161 r:from',
  'v close,shut +embassy,consulate,mission : SANCTION withdraw 161 r:in',
  'v expel : SANCTION expel 166 r:from',
  'v suspend,halt,cut,freeze,stop,withhold,reduce,end,block ~off +aid,assistance,funding,loan,supply,fund : SANCTION discontinue 162 r:to,for',
  'v suspend,halt,cut,freeze,stop,withhold,reduce,end,block +aid,assistance,funding,loan,supply,fund : SANCTION discontinue 162 r:to,for',
  'v suspend,halt,break,end,abandon,cancel,quit,call ~off +talks,negotiation,mediation,visit,meeting,summit,dialogue,trip : SANCTION withdraw 164 r:with',
  'v suspend,halt,break,end,abandon,cancel,quit,postpone +talks,negotiation,mediation,visit,meeting,summit,dialogue,trip : SANCTION withdraw 164 r:with',
  'v convict,sentence : SANCTION convict 116',
  'v find +guilty,liable : SANCTION convict 116',
  'v order +payment,compensation,damages&court,judge : SANCTION convict 116',
  'v fine : SANCTION convict 116',

  // --- COERCE (17, 191-192)
  'v arrest,detain,apprehend,jail,imprison,incarcerate,capture,nab : COERCE arrest 173',
  'n arrest,detention,capture,imprisonment : COERCE arrest 173',
  'v round ~up : COERCE arrest 173',
  'v take ~into +custody : COERCE arrest 173',
  'v place,put,take,hold,keep +custody,detention : COERCE arrest 173',
  // Charged with a duty ("charged with ensuring order"), not with a crime.
  'v charge +ensure,oversee,manage,run,implement,monitor,enforce,supervise,coordinate,organise,organize,administer,protect,maintain,review,prepare,draft,develop,promote,handle,regulate,deliver : NONE - -',
  'v charge : COERCE arrest 173 r:with trans',
  'v indict,prosecute : ACCUSE allege 1121 r:for,with',
  'n indictment,prosecution : ACCUSE allege 1121',
  'v issue,seek +warrant : THREATEN arrest 137 r:for',
  'v deport,expatriate,banish : COERCE deport 174',
  'n deportation,expulsion : COERCE deport 174',
  'v seize,confiscate,impound,expropriate,nationalize,nationalise +*!power,control,initiative,opportunity,moment,chance,lead,advantage : COERCE seize 171 r:from',
  'v freeze +asset,account,fund,property,holding,deposit : COERCE seize 171',
  'v seize,confiscate,impound : COERCE seize 171 r:from',
  'v destroy,demolish,raze,bulldoze,torch,burn,dynamite : COERCE destroy 171',
  'v blow ~up +line,pipeline,bridge,building,office,station,tower,road : COERCE destroy 171',
  'v set +fire : COERCE destroy 171',
  'v ban,outlaw,prohibit,bar,forbid : COERCE restrict 172',
  'v censor,shut_down,close,deface +newspaper,station,website,site,page,paper,outlet,channel,broadcaster,internet : COERCE censor 1721',
  'v suspend,close +newspaper,publication,station,website,paper,outlet,channel,broadcaster : COERCE censor 1721',
  'v impose,declare,extend,reimpose,order,enforce,institute,introduce +curfew : COERCE curfew 1723 r:on,in',
  'v impose,declare,extend,reimpose,proclaim,institute,introduce +emergency,law,siege&martial,state,emergency : COERCE martial-law 1724',
  'v impose,tighten,reimpose,enforce +blockade,siege : COERCE restrict 191 r:on,in',
  'v impose,tighten,reimpose +restriction,closure,control,limit : COERCE restrict 172 r:on,in',
  'v blockade,besiege : COERCE restrict 191',
  'v close,seal,shut +border,crossing,airspace,frontier : COERCE restrict 191',
  'v occupy,annex : COERCE seize 192',
  'v hack : COERCE cyber 170 r:into',
  'v prevent,stop,disperse,break ~up +demonstration,protest,rally,march,gathering,crowd,protester,demonstrator : COERCE restrict 172',
  'v prevent,stop,disperse +demonstration,protest,rally,march,gathering,crowd,protester,demonstrator : COERCE restrict 172',

  // --- ASSAULT (18-20)
  'v attack,assault,ambush,raid,bomb : ASSAULT - 180 mil',
  'v hit,target,strike +*&missile,rocket,airstrike,air,bomb,drone,shell,artillery,mortar,jet,warplane : ASSAULT - 190 mil',
  'v kill,die,injure,hurt,wound +crash,accident,collision,fire,flood,earthquake,storm,avalanche,landslide,blaze,quake : NONE - -',
  'n attack,assault,ambush,raid,airstrike,strike,bombing,shelling,offensive,invasion : ASSAULT - 180 mil',
  'v kill,murder,slay,massacre,slaughter,execute,behead,lynch : ASSAULT - 180 mil',
  'v assassinate : ASSAULT targeted 186',
  'v shoot,gun ~down : ASSAULT firearms 180 mil',
  'v shoot,gun : ASSAULT firearms 180 mil',
  'v open ~fire : ASSAULT firearms 190 r:on',
  'v stab,hack,club,stone : ASSAULT primitive 182',
  'v wound,injure,maim : ASSAULT - 180 mil',
  'v batter,punch,beat_up : ASSAULT beat 182',
  'v torture : ASSAULT torture 1822',
  'v rape : ASSAULT sexual 1821',
  'v abuse,molest,assault +*&sexually : ASSAULT sexual 1821',
  'v use,hold,keep +shield : ASSAULT abduct 184',
  'v kidnap,abduct,hijack,snatch : ASSAULT abduct 181',
  'v take +hostage,captive : ASSAULT abduct 181',
  'v bomb,shell,bombard,pound,blitz : ASSAULT heavy-weapons 190',
  'v launch,fire,carry ~out +missile,rocket,attack,offensive,strike,airstrike,raid,assault,invasion,mortar,artillery,shell,bombing : ASSAULT - 190 r:on,against mil',
  'v launch,fire,mount,conduct +missile,rocket,attack,offensive,strike,airstrike,raid,assault,invasion,mortar,artillery,shell,bombing : ASSAULT - 190 r:on,against mil',
  'v invade : ASSAULT heavy-weapons 190',
  'v storm +* : ASSAULT - 180 mil',
  // Trade retaliation hits goods, not people: CAMEO 16x, not an attack.
  'v retaliate +export,import,good,product,trade,tariff,duty,shipment,steel,car,farm,agricultural,exporter,importer : SANCTION - 163 r:against',
  'v retaliate : ASSAULT - 190 r:against mil',
  'v clash,skirmish,fight_with,battle_with : ASSAULT - 190 r:with recip',
  'v fight,battle +troop,force,rebel,militant,army,police,soldier,insurgent,guerrilla,militia,fighter : ASSAULT - 190 r:with recip',
  'v explode,detonate,blow_up : ASSAULT explosives 183',
  'v detonate,explode,set ~off +bomb,device,explosive,car : ASSAULT explosives 183',
  'v capture,retake,seize,overrun +town,city,village,stronghold,territory,base,area,district,airport,port,hill,position : ASSAULT heavy-weapons 190',
  'v violate,break +ceasefire,truce,cease-fire,cease : ASSAULT - 196',
  'v use,fire,lob,shoot +gas,tear-gas,bullet,cannon,baton,truncheon,teargas : ASSAULT crowd-control 175',
  'v engage,carry ~out +cleansing,genocide,massacre,killing : ASSAULT - 203',
  'v engage,commit,conduct +cleansing,genocide,massacre,killing : ASSAULT - 203',
];
