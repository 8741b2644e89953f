"""Regenerates the OpenAPI examples in src/main/resources/META-INF/openapi.json from a running app
(the rest of that file, such as the security schemes, is kept).

Run the app (./mvnw quarkus:dev), then: ADVISOR_ADMIN_PASSWORD=... python3 dev-support/openapi-examples.py
(saved assessments need an account: the script signs in as admin with that password).
OpenApiDocumentTest fails when an example no longer has the shape of the live response.
"""
import json,subprocess,copy,os
B='http://localhost:8080'
JAR='/tmp/openapi-examples-cookies'
subprocess.run(['curl','-s','-o','/dev/null','-c',JAR,'-d','j_username=admin','--data-urlencode',
                'j_password='+os.environ.get('ADVISOR_ADMIN_PASSWORD',''),B+'/j_security_check'],check=True)
def call(method,path,body=None):
    args=['curl','-s','-b',JAR,'-X',method,B+path,'-H','Accept: application/json']
    if body is not None: args+=['-H','Content-Type: application/json','-d',json.dumps(body)]
    return json.loads(subprocess.run(args,capture_output=True,text=True).stdout)
req={"title":"EU claims assistant","answers":{"estate.clouds":["azure","aws"],"estate.primary_cloud":"azure",
 "estate.azure_commitment":"committed_spend","estate.aws_commitment":"pay_as_you_go","multicloud.maturity":"some",
 "products.intended":["stateless_api","frontier_agents"],"workload.criticality":"customer_facing","data.residency":"eu",
 "data.regulated":["financial"],"legal.risk_appetite":"low","timeline.go_live_months":6,"spend.annual_ai_usd":2000000}}
score_req={"answers":req["answers"],"scenario":"amendment_baseline"}
def trim(o):
    """Keep one element of every list (two for pathways-like lists are not needed) and every key."""
    if isinstance(o,dict): return {k:trim(v) for k,v in o.items()}
    if isinstance(o,list): return [trim(o[0])] if o else []
    return o
score=trim(call('POST','/api/v1/score',score_req))
bad_answers=copy.deepcopy(req["answers"]); bad_answers["estate.clouds"]=["azure","ibm"]; bad_answers["timeline.go_live_months"]=-3
bad=call('POST','/api/v1/score',{"answers":bad_answers})
created=call('POST','/api/v1/assessments',req)
aid=created['id']
rev=dict(req); rev=copy.deepcopy(req); rev['answers']['data.residency']='none'; rev['version']=created['version']
revised=call('PUT','/api/v1/assessments/'+aid,rev)
cmp=call('GET','/api/v1/compare?left=%s:1&right=%s:2'%(aid,aid))
lst=call('GET','/api/v1/assessments?size=1')
examples={
 "ScoreRequest":{"summary":"An EU insurer on Azure and AWS wanting stateless APIs and Frontier agents","value":score_req},
 "ScoreResponse":{"summary":"Scores for that buyer (every list cut to its first item)","value":score},
 "AssessmentRequest":{"summary":"Save that buyer's answers under a title","value":req},
 "AssessmentResponse":{"summary":"A saved assessment (every list cut to its first item)","value":trim(created)},
 "AssessmentPage":{"summary":"One page of saved assessments (the result list cut to its first item)","value":trim(lst)},
 "Comparison":{"summary":"Revision 1 against revision 2 after the residency answer changed (lists cut to their first item)","value":trim(cmp)},
 "InvalidAnswers":{"summary":"Answers the questionnaire does not accept","value":bad},
}
target=os.path.join(os.path.dirname(__file__),'..','src/main/resources/META-INF/openapi.json')
doc=json.load(open(target))  # keeps everything else in the file (security schemes, ...)
doc.setdefault("components",{})["examples"]=examples
json.dump(doc,open(target,'w'),indent=2,ensure_ascii=False)
print('examples written')
