import type { Source } from './types.ts';

/**
 * The 2018 Korean slide deck this course grows from ("serverless arch. on aws - 1").
 * The deck is not published; its numbers summarise the AWS limits page of the time,
 * so the link is that page as archived in December 2018.
 */
export const slides2018Source: Source = {
  title: '2018 slides "serverless arch. on aws - 1" (AWS Lambda limits page, Dec 2018 snapshot)',
  url: 'https://web.archive.org/web/20181215/https://docs.aws.amazon.com/lambda/latest/dg/limits.html',
};

export const quotasPage: Source = {
  title: 'AWS Lambda Developer Guide: Lambda quotas',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
};

export const memoryPage: Source = {
  title: 'AWS Lambda Developer Guide: Configure Lambda function memory',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
};

export const timeoutPage: Source = {
  title: 'AWS Lambda Developer Guide: Configure Lambda function timeout',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
};

export const ephemeralStoragePage: Source = {
  title: 'AWS Lambda Developer Guide: Configure ephemeral storage',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html',
};

export const lifecyclePage: Source = {
  title: 'AWS Lambda Developer Guide: Understanding the Lambda execution environment lifecycle',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html',
};

export const invokeApiPage: Source = {
  title: 'AWS Lambda API Reference: Invoke',
  url: 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html',
};

export const asyncPayloadAnnouncement: Source = {
  title:
    'AWS Compute Blog: More room to build: serverless services now support payloads up to 1 MB',
  url: 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/',
};

export const streamingPage: Source = {
  title: 'AWS Lambda Developer Guide: Response streaming for Lambda functions',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html',
};

export const pricingPage: Source = {
  title: 'AWS Lambda pricing',
  url: 'https://aws.amazon.com/lambda/pricing/',
};

export const tieredPricingPost: Source = {
  title: 'AWS Compute Blog: Introducing tiered pricing for AWS Lambda (2022-08)',
  url: 'https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/',
};

export const thirdPartyTierRates: Source = {
  title:
    'Cloudchipr: AWS Lambda pricing breakdown (third-party transcription of the AWS rate table)',
  url: 'https://cloudchipr.com/blog/aws-lambda-pricing',
};

export const initBillingPost: Source = {
  title: 'AWS Compute Blog: AWS Lambda standardizes billing for INIT phase',
  url: 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/',
};

export const oneMsBillingAnnouncement: Source = {
  title: "What's New 2020-12: AWS Lambda changes duration billing granularity from 100 ms to 1 ms",
  url: 'https://aws.amazon.com/about-aws/whats-new/2020/12/aws-lambda-changes-duration-billing-granularity-from-100ms-to-1ms/',
};

export const pricingPage2018: Source = {
  title: 'AWS Lambda pricing (2018 version, Example 1)',
  url: 'https://web.archive.org/web/20181215/https://aws.amazon.com/lambda/pricing/',
};

export const runtimesPage: Source = {
  title: 'AWS Lambda Developer Guide: Lambda runtimes',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
};

/** Its table of Node.js runtimes gives each one's deprecation, block-create and block-update dates. */
export const nodejsRuntimesPage: Source = {
  title: 'AWS Lambda Developer Guide: Building Lambda functions with Node.js (supported runtimes)',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-nodejs.html',
};

export const endOfLifeDate: Source = {
  title: 'endoflife.date: AWS Lambda (third-party summary of the AWS runtime table)',
  url: 'https://endoflife.date/aws-lambda',
};

export const scalingPage: Source = {
  title: 'AWS Lambda Developer Guide: Lambda scaling behavior',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
};

export const asyncErrorHandlingPage: Source = {
  title:
    'AWS Lambda Developer Guide: How Lambda handles errors and retries with asynchronous invocation',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
};

export const sqsEventSourcePage: Source = {
  title: 'AWS Lambda Developer Guide: Creating and configuring an Amazon SQS event source mapping',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
};

export const sqsBatchParametersPage: Source = {
  title: 'AWS Lambda Developer Guide: Lambda parameters for Amazon SQS event source mappings',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html',
};

export const nodejsLoggingPage: Source = {
  title: 'AWS Lambda Developer Guide: Log and monitor Node.js Lambda functions',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html',
};

export const hyperplanePost: Source = {
  title: 'AWS Compute Blog: Announcing improved VPC networking for AWS Lambda functions (2019-09)',
  url: 'https://aws.amazon.com/blogs/compute/announcing-improved-vpc-networking-for-aws-lambda-functions/',
};

export const destinationsPost: Source = {
  title: 'AWS Compute Blog: Introducing AWS Lambda Destinations (2019-11)',
  url: 'https://aws.amazon.com/blogs/compute/introducing-aws-lambda-destinations/',
};

export const snapStartPage: Source = {
  title: 'AWS Lambda Developer Guide: Improving startup performance with Lambda SnapStart',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html',
};

export const snapStartJavaAnnouncement: Source = {
  title: "What's New 2022-11: AWS Lambda SnapStart for Java functions",
  url: 'https://aws.amazon.com/about-aws/whats-new/2022/11/aws-lambda-snapstart-java-functions/',
};

export const recursionPage: Source = {
  title:
    'AWS Lambda Developer Guide: Use Lambda recursive loop detection to prevent infinite loops',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
};

export const recursionSqsSnsAnnouncement: Source = {
  title:
    "What's New 2023-07: AWS Lambda can now detect and stop recursive loops in Lambda functions",
  url: 'https://aws.amazon.com/about-aws/whats-new/2023/07/aws-lambda-detects-recursive-loops-lambda-functions/',
};

export const recursionS3Announcement: Source = {
  title:
    "What's New 2024-10: AWS Lambda now detects and stops recursive loops between Lambda and Amazon S3",
  url: 'https://aws.amazon.com/about-aws/whats-new/2024/10/aws-lambda-detects-stops-recursive-loops-lambda-s3/',
};

export const managedInstancesRuntimesPage: Source = {
  title: 'AWS Lambda Developer Guide: Lambda Managed Instances runtimes',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-runtimes.html',
};

export const durableConceptsPage: Source = {
  title: 'AWS Lambda Developer Guide: Durable functions, basic concepts',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/durable-basic-concepts.html',
};

export const nodejsHandlerPage: Source = {
  title: 'AWS Lambda Developer Guide: Define Lambda function handler in Node.js',
  url: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
};

export const httpApiQuotasPage: Source = {
  title: 'Amazon API Gateway Developer Guide: Quotas for configuring and running an HTTP API',
  url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
};

export const restApiTimeoutAnnouncement: Source = {
  title:
    "What's New 2024-06: Amazon API Gateway integration timeout limit increase beyond 29 seconds",
  url: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
};

export const imageServiceSource: Source = {
  title:
    'AWS SAM examples: apps/image-processing-service/template.yaml (the app published in the Serverless Application Repository)',
  url: 'https://github.com/aws/serverless-application-model/blob/db431d0fe1134f0a208d9bf1bd2e31c0eb2c0084/examples/apps/image-processing-service/template.yaml',
};

export const lambdaVmInfo: Source = {
  title:
    'claudiajs/lambda-vm-info: packages installed on the Lambda nodejs8.10 runtime, May 2019 (third-party listing)',
  url: 'https://github.com/claudiajs/lambda-vm-info',
};

export const imageHandlerRenameSource: Source = {
  title:
    'AWS Solutions: Dynamic Image Transformation for Amazon CloudFront (formerly known as Serverless Image Handler)',
  url: 'https://docs.aws.amazon.com/solutions/latest/serverless-image-handler/',
};
